-- Operators' side: the audit trail of who changed what. (Ignoring a discovered machine is
-- the machine state 'ignored' in machines.state, which is free text: no schema change.)

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    -- unix milliseconds
    at          INTEGER NOT NULL,
    -- user name, or token:NAME for API tokens
    actor       TEXT NOT NULL,
    -- create | update | delete | approve | ignore | unignore | reinstall | import | bulk_* |
    -- revoke | password | role | reload
    action      TEXT NOT NULL,
    -- machine | profile | token | user | config
    target_kind TEXT NOT NULL,
    -- MAC, profile/token/user name; '' for config
    target      TEXT NOT NULL,
    -- what changed, in words ("profile none → debian; state discovered → ready")
    summary     TEXT NOT NULL
);
CREATE INDEX audit_log_target ON audit_log(target_kind, target, id);
CREATE INDEX audit_log_actor ON audit_log(actor, id);
