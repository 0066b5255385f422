-- A counter that changes whenever anything a boot script is rendered from changes (a
-- machine's MAC, hostname, profile, state, variables or architecture; any profile), by
-- whoever writes: bootforge, the sqlite3 shell, another process. The rendered-script cache
-- (boot/script_cache.rs) compares it with the value it rendered under. Columns only the
-- event writer touches (last_seen, last_stage, ...) do not count, so boot events do not
-- empty the cache. Numbered 0009 to stay clear of the store split's migrations.
CREATE TABLE boot_inputs (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO boot_inputs (id, generation) VALUES (1, 0);

CREATE TRIGGER boot_inputs_machine_insert AFTER INSERT ON machines
BEGIN
    UPDATE boot_inputs SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER boot_inputs_machine_delete AFTER DELETE ON machines
BEGIN
    UPDATE boot_inputs SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER boot_inputs_machine_update AFTER UPDATE ON machines
WHEN OLD.mac IS NOT NEW.mac
  OR OLD.hostname IS NOT NEW.hostname
  OR OLD.profile IS NOT NEW.profile
  OR OLD.state IS NOT NEW.state
  OR OLD.variables IS NOT NEW.variables
  OR OLD.arch IS NOT NEW.arch
BEGIN
    UPDATE boot_inputs SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER boot_inputs_profile_insert AFTER INSERT ON profiles
BEGIN
    UPDATE boot_inputs SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER boot_inputs_profile_delete AFTER DELETE ON profiles
BEGIN
    UPDATE boot_inputs SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER boot_inputs_profile_update AFTER UPDATE ON profiles
BEGIN
    UPDATE boot_inputs SET generation = generation + 1 WHERE id = 1;
END;
