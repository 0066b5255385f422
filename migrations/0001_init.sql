-- bootforge inventory schema.
-- Conventions (chosen once, used everywhere): MACs are canonical lower-case colon text
-- (52:54:00:12:34:56); IPv6 addresses are canonical RFC 5952 text; times are unix
-- milliseconds (events, machines) or seconds (lease expiry, as DHCPv6 counts in seconds);
-- JSON objects are TEXT.

CREATE TABLE profiles (
    name        TEXT PRIMARY KEY,
    description TEXT NOT NULL DEFAULT '',
    kernel      TEXT NOT NULL DEFAULT '',
    initrd      TEXT NOT NULL DEFAULT '',
    cmdline     TEXT NOT NULL DEFAULT '',
    -- name of an iPXE script template in boot-scripts/
    template    TEXT NOT NULL DEFAULT 'install.ipxe',
    variables   TEXT NOT NULL DEFAULT '{}',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE machines (
    mac          TEXT PRIMARY KEY,
    hostname     TEXT NOT NULL DEFAULT '',
    profile      TEXT REFERENCES profiles(name) ON UPDATE CASCADE,
    -- discovered | ready | reinstall | local
    state        TEXT NOT NULL DEFAULT 'discovered',
    variables    TEXT NOT NULL DEFAULT '{}',
    arch         TEXT NOT NULL DEFAULT '',
    mac_source   TEXT NOT NULL DEFAULT '',
    last_seen    INTEGER,
    last_address TEXT,
    last_stage   TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX machines_state ON machines(state);
CREATE INDEX machines_hostname ON machines(hostname);
CREATE INDEX machines_profile ON machines(profile);

-- One row per address: the primary key is what makes "an address is in at most one active
-- lease" hold on disk.
CREATE TABLE leases (
    address    TEXT PRIMARY KEY,
    duid       BLOB NOT NULL,
    iaid       INTEGER NOT NULL,
    mac        TEXT,
    pool       TEXT NOT NULL,
    -- active | declined
    state      TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX leases_client ON leases(duid, iaid);
CREATE INDEX leases_mac ON leases(mac);
CREATE INDEX leases_expiry ON leases(expires_at);

-- Every DUID/IAID a MAC was seen with, and how the MAC was learned.
CREATE TABLE identities (
    mac        TEXT NOT NULL,
    duid       BLOB NOT NULL,
    iaid       INTEGER NOT NULL,
    mac_source TEXT NOT NULL,
    first_seen INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL,
    PRIMARY KEY (mac, duid, iaid)
);

CREATE TABLE events (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      INTEGER NOT NULL,
    mac     TEXT,
    -- dhcp | tftp | http | api
    source  TEXT NOT NULL,
    stage   TEXT NOT NULL,
    address TEXT,
    detail  TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_mac ON events(mac, id);
