//! Operators (users), their browser sessions and API tokens.
//!
//! Only hashes are handed in and stored: hashing and token generation live in
//! `http::auth`, so nothing here ever sees a password or a raw token.

use serde::Serialize;
use sqlx::Row;

use super::audit::NewAudit;
use super::{now_ms, Store, StoreError, StoreResult};

/// What a user or token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Everything, including changes.
    Admin,
    /// GET only.
    Read,
}

impl Scope {
    pub fn as_str(&self) -> &'static str {
        match self {
            Scope::Admin => "admin",
            Scope::Read => "read",
        }
    }

    pub fn can_write(&self) -> bool {
        matches!(self, Scope::Admin)
    }
}

impl std::str::FromStr for Scope {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "admin" => Ok(Scope::Admin),
            "read" => Ok(Scope::Read),
            _ => Err(format!("unknown scope {s:?} (admin, read)")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: i64,
    pub name: String,
    pub is_admin: bool,
    pub created_at: i64,
}

impl User {
    pub fn scope(&self) -> Scope {
        if self.is_admin {
            Scope::Admin
        } else {
            Scope::Read
        }
    }
}

/// A live browser session and who it belongs to.
#[derive(Debug, Clone)]
pub struct SessionRecord {
    pub user: User,
    pub csrf_token: String,
    pub expires_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub scope: Scope,
    pub created_by: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

fn user_from_row(r: &sqlx::any::AnyRow) -> User {
    User {
        id: r.get("id"),
        name: r.get("name"),
        is_admin: r.get::<i64, _>("is_admin") != 0,
        created_at: r.get("created_at"),
    }
}

fn token_from_row(r: &sqlx::any::AnyRow) -> Option<ApiToken> {
    Some(ApiToken {
        id: r.get("id"),
        name: r.get("name"),
        scope: r.get::<String, _>("scope").parse().ok()?,
        created_by: r.get("created_by"),
        created_at: r.get("created_at"),
        last_used_at: r.get("last_used_at"),
    })
}

async fn user_in(conn: &mut sqlx::AnyConnection, name: &str) -> StoreResult<User> {
    let row = sqlx::query("SELECT id, name, is_admin, created_at FROM users WHERE name = $1")
        .bind(name)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| StoreError::NotFound {
            what: "user",
            key: name.to_string(),
        })?;
    Ok(user_from_row(&row))
}

/// Inside the transaction that would remove admin rights from `name`: refuse if nobody
/// else has them, or nobody could change anything any more.
async fn refuse_last_admin(
    conn: &mut sqlx::AnyConnection,
    name: &str,
    what: &str,
) -> StoreResult<()> {
    let others: i64 =
        sqlx::query("SELECT COUNT(*) AS n FROM users WHERE is_admin = 1 AND name <> $1")
            .bind(name)
            .fetch_one(&mut *conn)
            .await?
            .get("n");
    if others == 0 {
        return Err(StoreError::Invalid(format!(
            "cannot {what} {name:?}: it is the last admin; make another user admin first"
        )));
    }
    Ok(())
}

fn unique_conflict(e: sqlx::Error, what: &'static str, key: &str) -> StoreError {
    match &e {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict {
            what,
            key: key.to_string(),
        },
        _ => StoreError::Db(e),
    }
}

impl Store {
    // ---- users -----------------------------------------------------------------------------

    pub async fn user_count(&self) -> StoreResult<i64> {
        Ok(sqlx::query("SELECT COUNT(*) AS n FROM users")
            .fetch_one(&self.pool)
            .await?
            .get("n"))
    }

    pub async fn create_user(
        &self,
        name: &str,
        password_hash: &str,
        is_admin: bool,
    ) -> StoreResult<User> {
        let row = sqlx::query(
            "INSERT INTO users (name, password_hash, is_admin, created_at) VALUES ($1, $2, $3, $4) \
             RETURNING id, name, is_admin, created_at",
        )
        .bind(name)
        .bind(password_hash)
        .bind(i64::from(is_admin))
        .bind(now_ms())
        .fetch_one(&self.pool)
        .await
        .map_err(|e| unique_conflict(e, "user", name))?;
        Ok(user_from_row(&row))
    }

    /// The user and their password hash, for a login attempt.
    pub async fn user_credentials(&self, name: &str) -> StoreResult<Option<(User, String)>> {
        let row = sqlx::query(
            "SELECT id, name, is_admin, created_at, password_hash FROM users WHERE name = $1",
        )
        .bind(name)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| (user_from_row(&r), r.get("password_hash"))))
    }

    pub async fn users(&self) -> StoreResult<Vec<User>> {
        let rows = sqlx::query("SELECT id, name, is_admin, created_at FROM users ORDER BY name")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(user_from_row).collect())
    }

    pub async fn user(&self, name: &str) -> StoreResult<Option<User>> {
        let row = sqlx::query("SELECT id, name, is_admin, created_at FROM users WHERE name = $1")
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(user_from_row))
    }

    /// Remove a user; their sessions go with them (ON DELETE CASCADE). The last admin stays.
    pub(super) async fn delete_user_as(&self, actor: Option<&str>, name: &str) -> StoreResult<()> {
        let mut tx = self.begin_write().await?;
        let user = user_in(&mut tx, name).await?;
        if user.is_admin {
            refuse_last_admin(&mut tx, name, "delete").await?;
        }
        sqlx::query("DELETE FROM users WHERE id = $1")
            .bind(user.id)
            .execute(&mut *tx)
            .await?;
        let summary = format!(
            "removed (role {}); their sessions ended",
            user.scope().as_str()
        );
        Store::insert_audit(
            &mut tx,
            actor,
            &[NewAudit::new("delete", "user", name, summary)],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Make a user admin or read-only. Demoting the last admin is refused.
    pub(super) async fn set_user_role_as(
        &self,
        actor: Option<&str>,
        name: &str,
        is_admin: bool,
    ) -> StoreResult<User> {
        let mut tx = self.begin_write().await?;
        let user = user_in(&mut tx, name).await?;
        if user.is_admin && !is_admin {
            refuse_last_admin(&mut tx, name, "make read-only").await?;
        }
        sqlx::query("UPDATE users SET is_admin = $1 WHERE id = $2")
            .bind(i64::from(is_admin))
            .bind(user.id)
            .execute(&mut *tx)
            .await?;
        let after = User {
            is_admin,
            ..user.clone()
        };
        let summary = format!(
            "role {} → {}",
            user.scope().as_str(),
            after.scope().as_str()
        );
        Store::insert_audit(
            &mut tx,
            actor,
            &[NewAudit::new("role", "user", name, summary)],
        )
        .await?;
        tx.commit().await?;
        Ok(after)
    }

    /// New password hash; every session of the user except `keep_session` (a session id
    /// hash) ends.
    pub(super) async fn set_user_password_as(
        &self,
        actor: Option<&str>,
        name: &str,
        password_hash: &str,
        keep_session: Option<&str>,
    ) -> StoreResult<()> {
        let mut tx = self.begin_write().await?;
        let user = user_in(&mut tx, name).await?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(user.id)
            .execute(&mut *tx)
            .await?;
        let ended = sqlx::query(
            "DELETE FROM sessions WHERE user_id = $1 AND ($2 IS NULL OR id_hash <> $2)",
        )
        .bind(user.id)
        .bind(keep_session)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let summary = match ended {
            0 => "password changed".to_string(),
            n => format!("password changed; {n} other session(s) ended"),
        };
        Store::insert_audit(
            &mut tx,
            actor,
            &[NewAudit::new("password", "user", name, summary)],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    // ---- sessions --------------------------------------------------------------------------

    pub async fn create_session(
        &self,
        id_hash: &str,
        user_id: i64,
        csrf_token: &str,
        expires_at: i64,
    ) -> StoreResult<()> {
        // Sessions die by expiry; sweeping on creation keeps the table small without a timer.
        sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now_ms())
            .execute(&self.pool)
            .await?;
        sqlx::query(
            "INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id_hash)
        .bind(user_id)
        .bind(csrf_token)
        .bind(now_ms())
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// An unexpired session by the hash of its id.
    pub async fn session(&self, id_hash: &str) -> StoreResult<Option<SessionRecord>> {
        let row = sqlx::query(
            "SELECT u.id, u.name, u.is_admin, u.created_at, s.csrf_token, s.expires_at \
             FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.id_hash = $1 AND s.expires_at > $2",
        )
        .bind(id_hash)
        .bind(now_ms())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| SessionRecord {
            user: user_from_row(&r),
            csrf_token: r.get("csrf_token"),
            expires_at: r.get("expires_at"),
        }))
    }

    pub async fn delete_session(&self, id_hash: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    // ---- API tokens ------------------------------------------------------------------------

    pub async fn create_token(
        &self,
        name: &str,
        token_hash: &str,
        scope: Scope,
        created_by: &str,
    ) -> StoreResult<ApiToken> {
        self.create_token_as(None, name, token_hash, scope, created_by)
            .await
    }

    pub(super) async fn create_token_as(
        &self,
        actor: Option<&str>,
        name: &str,
        token_hash: &str,
        scope: Scope,
        created_by: &str,
    ) -> StoreResult<ApiToken> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "INSERT INTO api_tokens (name, token_hash, scope, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5) \
             RETURNING id, name, scope, created_by, created_at, last_used_at",
        )
        .bind(name)
        .bind(token_hash)
        .bind(scope.as_str())
        .bind(created_by)
        .bind(now_ms())
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| unique_conflict(e, "token", name))?;
        let token =
            token_from_row(&row).ok_or_else(|| StoreError::Invalid("bad token row".into()))?;
        let summary = format!("created, scope {}", scope.as_str());
        Store::insert_audit(
            &mut tx,
            actor,
            &[NewAudit::new("create", "token", name, summary)],
        )
        .await?;
        tx.commit().await?;
        Ok(token)
    }

    pub async fn token_named(&self, name: &str) -> StoreResult<Option<ApiToken>> {
        let row = sqlx::query(
            "SELECT id, name, scope, created_by, created_at, last_used_at FROM api_tokens \
             WHERE name = $1",
        )
        .bind(name)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().and_then(token_from_row))
    }

    /// Look a token up by its hash and note that it was used.
    pub async fn use_token(&self, token_hash: &str) -> StoreResult<Option<ApiToken>> {
        let row = sqlx::query(
            "UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2 \
             RETURNING id, name, scope, created_by, created_at, last_used_at",
        )
        .bind(now_ms())
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().and_then(token_from_row))
    }

    pub async fn tokens(&self) -> StoreResult<Vec<ApiToken>> {
        let rows = sqlx::query(
            "SELECT id, name, scope, created_by, created_at, last_used_at FROM api_tokens \
             ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().filter_map(token_from_row).collect())
    }

    pub async fn delete_token(&self, id: i64) -> StoreResult<()> {
        self.delete_token_as(None, id).await
    }

    pub(super) async fn delete_token_as(&self, actor: Option<&str>, id: i64) -> StoreResult<()> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query("DELETE FROM api_tokens WHERE id = $1 RETURNING name, scope")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| StoreError::NotFound {
                what: "token",
                key: id.to_string(),
            })?;
        let name: String = row.get("name");
        let summary = format!("revoked (scope {})", row.get::<String, _>("scope"));
        Store::insert_audit(
            &mut tx,
            actor,
            &[NewAudit::new("revoke", "token", name, summary)],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::temp_store;
    use super::*;

    #[tokio::test]
    async fn users_sessions_and_tokens_round_trip() {
        let (_d, s) = temp_store().await;
        assert_eq!(s.user_count().await.unwrap(), 0);
        let u = s.create_user("ada", "$argon2id$x", true).await.unwrap();
        assert!(matches!(
            s.create_user("ada", "h", false).await,
            Err(StoreError::Conflict { .. })
        ));
        let (found, hash) = s.user_credentials("ada").await.unwrap().unwrap();
        assert_eq!((found.id, hash.as_str()), (u.id, "$argon2id$x"));

        s.create_session("sid", u.id, "csrf", now_ms() + 60_000)
            .await
            .unwrap();
        assert_eq!(s.session("sid").await.unwrap().unwrap().csrf_token, "csrf");
        s.delete_session("sid").await.unwrap();
        assert!(s.session("sid").await.unwrap().is_none());
        s.create_session("old", u.id, "c", now_ms() - 1)
            .await
            .unwrap();
        assert!(s.session("old").await.unwrap().is_none());

        let t = s
            .create_token("ci", "th", Scope::Read, "ada")
            .await
            .unwrap();
        assert_eq!(s.use_token("th").await.unwrap().unwrap().scope, Scope::Read);
        assert!(s.use_token("other").await.unwrap().is_none());
        s.delete_token(t.id).await.unwrap();
        assert!(s.token_named("ci").await.unwrap().is_none());
    }

    #[tokio::test]
    async fn the_last_admin_stays_and_removed_users_lose_their_sessions() {
        let (_d, s) = temp_store().await;
        let ada = s.create_user("ada", "h", true).await.unwrap();
        let bob = s.create_user("bob", "h", false).await.unwrap();
        let op = s.operator("ada");
        assert!(matches!(
            op.delete_user("ada").await,
            Err(StoreError::Invalid(m)) if m.contains("last admin")
        ));
        assert!(matches!(
            op.set_user_role("ada", false).await,
            Err(StoreError::Invalid(_))
        ));
        assert!(op.set_user_role("bob", true).await.unwrap().is_admin);
        // Now there is another admin: ada may step down.
        assert!(!op.set_user_role("ada", false).await.unwrap().is_admin);
        op.set_user_role("ada", true).await.unwrap();

        s.create_session("bob1", bob.id, "c", now_ms() + 60_000)
            .await
            .unwrap();
        s.create_session("bob2", bob.id, "c", now_ms() + 60_000)
            .await
            .unwrap();
        s.create_session("ada1", ada.id, "c", now_ms() + 60_000)
            .await
            .unwrap();
        op.set_user_password("bob", "h2", Some("bob1"))
            .await
            .unwrap();
        assert!(
            s.session("bob1").await.unwrap().is_some(),
            "the changing session stays"
        );
        assert!(
            s.session("bob2").await.unwrap().is_none(),
            "other sessions end"
        );
        op.delete_user("bob").await.unwrap();
        assert!(s.session("bob1").await.unwrap().is_none());
        assert!(s.session("ada1").await.unwrap().is_some());
        assert!(s.user("bob").await.unwrap().is_none());
        let entries = s
            .audit(&crate::store::AuditFilter {
                target_kind: Some("user".into()),
                limit: 50,
                ..Default::default()
            })
            .await
            .unwrap();
        let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions, ["delete", "password", "role", "role", "role"]);
    }
}
