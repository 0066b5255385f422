//! A row's columns by name, from sqlx's rows (the pool) and from rusqlite's (the boot path's
//! inline reads on the boot-inputs probe's connection, `boot_inputs`), so that each table has
//! one decoder for both.

/// Columns by name. `None`: NULL, no such column, or a value of another type.
pub(super) trait Columns {
    fn text(&self, name: &str) -> Option<String>;
    fn int(&self, name: &str) -> Option<i64>;
}

impl Columns for sqlx::any::AnyRow {
    fn text(&self, name: &str) -> Option<String> {
        sqlx::Row::try_get::<Option<String>, _>(self, name)
            .ok()
            .flatten()
    }

    fn int(&self, name: &str) -> Option<i64> {
        sqlx::Row::try_get::<Option<i64>, _>(self, name)
            .ok()
            .flatten()
    }
}

impl Columns for rusqlite::Row<'_> {
    fn text(&self, name: &str) -> Option<String> {
        self.get::<_, Option<String>>(name).ok().flatten()
    }

    fn int(&self, name: &str) -> Option<i64> {
        self.get::<_, Option<i64>>(name).ok().flatten()
    }
}
