//! Statements assembled at run time (multi-row VALUES, IN lists) for either backend.
//!
//! Every placeholder is `$N` for PostgreSQL (sqlx's `QueryBuilder` writes `?` for the `Any`
//! driver, which PostgreSQL refuses) and a plain `?` for SQLite. SQLite accepts `$N` too, but
//! sqlx binds a named parameter by asking `sqlite3_bind_parameter_name` for each one, a
//! linear search of the statement's names: binding a 500-row VALUES list was quadratic and
//! 44 % of the whole server's CPU time under a storm (bench/README.md). Each placeholder is
//! used once and in order, so the unnamed form binds the same values.

use std::fmt::Write;

use sqlx::any::{AnyArguments, AnyQueryResult, AnyRow};
use sqlx::{Any, Arguments, Encode, Type};

use super::StoreResult;

pub(super) struct Statement {
    /// With `$N` placeholders (PostgreSQL).
    text: String,
    /// The same with `?` placeholders (SQLite).
    sqlite_text: String,
    args: AnyArguments<'static>,
    count: usize,
}

impl Statement {
    pub(super) fn new(text: &str) -> Statement {
        Statement {
            text: text.to_string(),
            sqlite_text: text.to_string(),
            args: AnyArguments::default(),
            count: 0,
        }
    }

    pub(super) fn push(&mut self, text: &str) -> &mut Statement {
        self.text.push_str(text);
        self.sqlite_text.push_str(text);
        self
    }

    /// Append a placeholder bound to `value`.
    pub(super) fn bind<T>(&mut self, value: T) -> &mut Statement
    where
        T: Encode<'static, Any> + Type<Any> + 'static,
    {
        self.count += 1;
        let _ = write!(self.text, "${}", self.count);
        self.sqlite_text.push('?');
        // Encoding into the Any buffer only copies the value; it cannot fail for our types.
        if let Err(e) = self.args.add(value) {
            tracing::error!(error = %e, "cannot bind a statement value");
        }
        self
    }

    /// `VALUES (…), (…)`: one parenthesised row per item, its values written by `row`.
    pub(super) fn values<T>(&mut self, items: &[T], mut row: impl FnMut(&mut Row<'_>, &T)) {
        self.push("VALUES ");
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.push("(");
            let mut r = Row {
                statement: self,
                first: true,
            };
            row(&mut r, item);
            self.push(")");
        }
    }

    /// `(a, b, c)`: each item bound.
    pub(super) fn list<T, V>(&mut self, items: &[T], value: impl Fn(&T) -> V)
    where
        V: Encode<'static, Any> + Type<Any> + 'static,
    {
        self.push("(");
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.bind(value(item));
        }
        self.push(")");
    }

    /// The text for the connection's database, and the values.
    fn for_connection(self, conn: &sqlx::AnyConnection) -> (String, AnyArguments<'static>) {
        let sqlite = conn.backend_name().eq_ignore_ascii_case("sqlite");
        (if sqlite { self.sqlite_text } else { self.text }, self.args)
    }

    pub(super) async fn execute(
        self,
        conn: &mut sqlx::AnyConnection,
    ) -> StoreResult<AnyQueryResult> {
        let (text, args) = self.for_connection(conn);
        Ok(sqlx::query_with(&text, args).execute(conn).await?)
    }

    pub(super) async fn fetch_all(
        self,
        conn: &mut sqlx::AnyConnection,
    ) -> StoreResult<Vec<AnyRow>> {
        let (text, args) = self.for_connection(conn);
        Ok(sqlx::query_with(&text, args).fetch_all(conn).await?)
    }
}

/// One row of a VALUES list.
pub(super) struct Row<'s> {
    statement: &'s mut Statement,
    first: bool,
}

impl Row<'_> {
    fn separate(&mut self) {
        if !self.first {
            self.statement.push(", ");
        }
        self.first = false;
    }

    pub(super) fn bind<T>(&mut self, value: T) -> &mut Self
    where
        T: Encode<'static, Any> + Type<Any> + 'static,
    {
        self.separate();
        self.statement.bind(value);
        self
    }

    /// A literal SQL value (a constant, never client data).
    pub(super) fn raw(&mut self, sql: &'static str) -> &mut Self {
        self.separate();
        self.statement.push(sql);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_in_order() {
        let mut s = Statement::new("INSERT INTO t (a, b, c) ");
        s.values(&[1i64, 2], |r, v| {
            r.bind(*v).raw("'x'").bind(v.to_string());
        });
        s.push(" WHERE a IN ");
        s.list(&[7i64, 8], |v| *v);
        assert_eq!(
            s.text,
            "INSERT INTO t (a, b, c) VALUES ($1, 'x', $2), ($3, 'x', $4) WHERE a IN ($5, $6)"
        );
        assert_eq!(
            s.sqlite_text,
            "INSERT INTO t (a, b, c) VALUES (?, 'x', ?), (?, 'x', ?) WHERE a IN (?, ?)"
        );
        assert_eq!(s.args.len(), 6);
    }
}
