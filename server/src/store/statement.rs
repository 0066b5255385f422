//! Statements assembled at run time (multi-row VALUES, IN lists) for either backend.
//!
//! Every placeholder is `$N`, which PostgreSQL requires and SQLite also accepts. (sqlx's
//! `QueryBuilder` writes `?` for the `Any` driver, which PostgreSQL refuses.)

use std::fmt::Write;

use sqlx::any::{AnyArguments, AnyQueryResult, AnyRow};
use sqlx::{Any, Arguments, Encode, Type};

use super::StoreResult;

pub(super) struct Statement {
    text: String,
    args: AnyArguments<'static>,
    count: usize,
}

impl Statement {
    pub(super) fn new(text: &str) -> Statement {
        Statement {
            text: text.to_string(),
            args: AnyArguments::default(),
            count: 0,
        }
    }

    pub(super) fn push(&mut self, text: &str) -> &mut Statement {
        self.text.push_str(text);
        self
    }

    /// Append a placeholder bound to `value`.
    pub(super) fn bind<T>(&mut self, value: T) -> &mut Statement
    where
        T: Encode<'static, Any> + Type<Any> + 'static,
    {
        self.count += 1;
        let _ = write!(self.text, "${}", self.count);
        // Encoding into the Any buffer only copies the value; it cannot fail for our types.
        if let Err(e) = self.args.add(value) {
            tracing::error!(error = %e, "cannot bind a statement value");
        }
        self
    }

    /// `VALUES (…), (…)`: one parenthesised row per item, its values written by `row`.
    pub(super) fn values<T>(&mut self, items: &[T], mut row: impl FnMut(&mut Row<'_>, &T)) {
        self.text.push_str("VALUES ");
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.text.push_str(", ");
            }
            self.text.push('(');
            let mut r = Row {
                statement: self,
                first: true,
            };
            row(&mut r, item);
            self.text.push(')');
        }
    }

    /// `(a, b, c)`: each item bound.
    pub(super) fn list<T, V>(&mut self, items: &[T], value: impl Fn(&T) -> V)
    where
        V: Encode<'static, Any> + Type<Any> + 'static,
    {
        self.text.push('(');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.text.push_str(", ");
            }
            self.bind(value(item));
        }
        self.text.push(')');
    }

    pub(super) async fn execute(
        self,
        conn: &mut sqlx::AnyConnection,
    ) -> StoreResult<AnyQueryResult> {
        Ok(sqlx::query_with(&self.text, self.args)
            .execute(conn)
            .await?)
    }

    pub(super) async fn fetch_all(
        self,
        conn: &mut sqlx::AnyConnection,
    ) -> StoreResult<Vec<AnyRow>> {
        Ok(sqlx::query_with(&self.text, self.args)
            .fetch_all(conn)
            .await?)
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
            self.statement.text.push_str(", ");
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
        self.statement.text.push_str(sql);
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
        assert_eq!(s.args.len(), 6);
    }
}
