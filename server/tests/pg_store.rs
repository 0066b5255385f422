//! The store on both backends: the same scenarios on a SQLite file and on a PostgreSQL
//! database (a throwaway cluster, `support::postgres`), then what only several instances on
//! one PostgreSQL database can show: the database decides who holds an address, each instance
//! hears the others' lease changes and boot events, they share one server identity, and a
//! session made on one is good on the other.

mod support;

use std::net::Ipv6Addr;
use std::time::Duration;

use bootforge::mac::Mac;
use bootforge::store::{
    BootEvent, BootStage, ClientIdentity, EventDetail, EventSource, LeaseChange, LeaseFeed,
    LeaseRecord, LeaseState, MacSource, MachineSpec, MachineState, Profile, Store, StoreError,
    Writer, WriterHandle,
};
use support::postgres::Database;

fn lease(addr: &str, duid: u8, iaid: u32, expires_at: i64) -> LeaseRecord {
    LeaseRecord {
        address: addr.parse().unwrap(),
        duid: vec![0, 3, 0, 1, 2, 0, 0, 0, 0, duid],
        iaid,
        mac: Some(Mac([2, 0, 0, 0, 0, duid])),
        pool: "default".into(),
        state: LeaseState::Active,
        expires_at,
    }
}

const FUTURE: i64 = 4_000_000_000;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// Runs `scenario` on a fresh SQLite store and on a fresh PostgreSQL store.
fn on_both<F, Fut>(scenario: F)
where
    F: Fn(Store) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let rt = runtime();
    let dir = tempfile::tempdir().unwrap();
    let sqlite = rt
        .block_on(Store::open(&dir.path().join("t.db")))
        .expect("SQLite store");
    rt.block_on(scenario(sqlite.clone()));
    rt.block_on(sqlite.close());
    let db = Database::create();
    let pg = rt
        .block_on(Store::connect(db.url()))
        .expect("PostgreSQL store");
    assert_eq!(pg.backend(), bootforge::store::Backend::Postgres);
    rt.block_on(scenario(pg.clone()));
    rt.block_on(pg.close());
}

#[test]
fn leases_are_owned_renewed_refused_and_reclaimed_alike() {
    on_both(|s| async move {
        let w = Writer::start(s.clone());
        let a = lease("2001:db8:801::10", 1, 1, FUTURE);
        w.commit_leases(vec![LeaseChange::Upsert(a.clone())])
            .await
            .unwrap();
        // The same client renews; another client is refused and told which address.
        let mut renewed = a.clone();
        renewed.expires_at = FUTURE + 60;
        w.commit_leases(vec![LeaseChange::Upsert(renewed.clone())])
            .await
            .unwrap();
        let other = lease("2001:db8:801::10", 2, 1, FUTURE);
        match w.commit_leases(vec![LeaseChange::Upsert(other)]).await {
            Err(StoreError::Conflict { what: "lease", key }) => {
                assert_eq!(key, "2001:db8:801::10")
            }
            got => panic!("{:?}: expected a lease conflict, got {got:?}", s.backend()),
        }
        assert_eq!(s.lease(a.address).await.unwrap(), Some(renewed.clone()));
        // Another client's removal (from a stale table) leaves the row; its owner's deletes it.
        w.commit_client_leases(&[0, 9], vec![LeaseChange::Remove(a.address)])
            .await
            .unwrap();
        assert_eq!(s.lease(a.address).await.unwrap(), Some(renewed.clone()));
        w.commit_client_leases(&renewed.duid, vec![LeaseChange::Remove(a.address)])
            .await
            .unwrap();
        assert_eq!(s.lease(a.address).await.unwrap(), None);
        w.commit_leases(vec![LeaseChange::Upsert(renewed.clone())])
            .await
            .unwrap();
        // A declined address is held; an expired one is free for anyone.
        let mut declined = lease("2001:db8:801::11", 3, 1, 100);
        declined.state = LeaseState::Declined;
        w.commit_leases(vec![LeaseChange::Upsert(declined)])
            .await
            .unwrap();
        let taker = lease("2001:db8:801::11", 4, 9, FUTURE);
        w.commit_leases(vec![LeaseChange::Upsert(taker.clone())])
            .await
            .unwrap();
        assert_eq!(s.lease(taker.address).await.unwrap(), Some(taker.clone()));
        let old = lease("2001:db8:801::12", 5, 1, 100);
        w.commit_leases(vec![LeaseChange::Upsert(old)])
            .await
            .unwrap();
        let freed = s.reclaim_expired(1000).await.unwrap();
        assert_eq!(freed, ["2001:db8:801::12".parse::<Ipv6Addr>().unwrap()]);
        // Many concurrent commits land, in group-committed transactions.
        let mut tasks = Vec::new();
        for i in 0..300u32 {
            let w = w.clone();
            tasks.push(tokio::spawn(async move {
                let addr = format!("2001:db8:801::1:{i:x}");
                w.commit_leases(vec![LeaseChange::Upsert(lease(&addr, 7, i, FUTURE))])
                    .await
            }));
        }
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        let leases = s.load_leases().await.unwrap();
        assert_eq!(leases.len(), 302, "{:?}", s.backend());
        let tx = w
            .stats()
            .transactions
            .load(std::sync::atomic::Ordering::Relaxed);
        assert!(
            tx < 300,
            "{:?}: 300 commits took {tx} transactions",
            s.backend()
        );
        assert_eq!(s.active_leases(0, 10, 0).await.unwrap().len(), 10);
        assert_eq!(
            s.pool_usage(0).await.unwrap(),
            [("default".to_string(), 302)]
        );
    });
}

#[test]
fn events_machines_profiles_and_users_read_back_alike() {
    on_both(|s| async move {
        let w = Writer::start(s.clone());
        let mut live = w.subscribe();
        let mac = Mac([0x52, 0x54, 0, 0x80, 0, 1]);
        let mut ev = BootEvent::new(EventSource::Dhcp, BootStage::Solicit, Some(mac))
            .address("2001:db8:801::5");
        ev.arch = Some("x64".into());
        ev.identity = Some(ClientIdentity {
            duid: vec![0, 4, 1, 2],
            iaid: 7,
            mac_source: MacSource::Duid,
        });
        w.record(ev);
        w.record(
            BootEvent::new(EventSource::Tftp, BootStage::TftpDone, Some(mac)).detail(
                bootforge::events::TftpEndDetail {
                    file: "ipxe.efi".into(),
                    bytes: 10,
                    size: 10,
                    duration_ms: 3,
                },
            ),
        );
        w.flush().await;
        let first = live.recv().await.unwrap();
        assert_eq!(first.stage, BootStage::Solicit);
        let stored = s.events(Some(mac), None, 10).await.unwrap();
        assert_eq!(stored.len(), 2);
        assert_eq!(stored[1].id, first.id);
        assert!(matches!(
            &stored[0].detail,
            EventDetail::TftpEnd(d) if d.file == "ipxe.efi" && d.bytes == 10
        ));
        assert_eq!(
            s.events_matching(None, Some("TFTP"), None, 10)
                .await
                .unwrap()
                .len(),
            1
        );
        let m = s.machine(mac).await.unwrap().expect("discovered");
        assert_eq!(
            (m.state, m.arch.as_str(), m.mac_source.as_str()),
            (MachineState::Discovered, "x64", "duid")
        );
        assert_eq!(s.identities(mac).await.unwrap()[0].iaid, 7);

        let p = Profile {
            name: "debian".into(),
            description: String::new(),
            kernel: "vmlinuz".into(),
            initrd: "initrd.img".into(),
            cmdline: "console=ttyS0".into(),
            template: "install.ipxe".into(),
            variables: Default::default(),
        };
        s.create_profile(&p).await.unwrap();
        let spec = MachineSpec {
            hostname: "Node1".into(),
            profile: Some("debian".into()),
            ..Default::default()
        };
        let m = s
            .operator("alice")
            .create_machine(mac, &spec)
            .await
            .unwrap();
        assert_eq!(m.state, MachineState::Ready);
        let (found, total) = s.machines(None, Some("node1"), 10, 0).await.unwrap();
        assert_eq!((found.len(), total), (1, 1));
        assert!(matches!(
            s.delete_profile("debian").await,
            Err(StoreError::Invalid(_))
        ));
        let audit = s.audit(&Default::default()).await.unwrap();
        assert_eq!(audit[0].actor, "alice");

        let u = s.create_user("admin", "$argon2id$x", true).await.unwrap();
        assert!(matches!(
            s.create_user("admin", "$argon2id$y", false).await,
            Err(StoreError::Conflict { .. })
        ));
        s.create_session("h1", u.id, "csrf", bootforge::store::now_ms() + 60_000)
            .await
            .unwrap();
        let session = s.session("h1").await.unwrap().expect("session");
        assert_eq!(
            (session.user.name.as_str(), session.user.is_admin),
            ("admin", true)
        );
    });
}

/// Waits for the next lease feed item that is not a resync.
async fn next_changes(feed: &mut tokio::sync::broadcast::Receiver<LeaseFeed>) -> Vec<LeaseChange> {
    loop {
        match tokio::time::timeout(Duration::from_secs(10), feed.recv()).await {
            Ok(Ok(LeaseFeed::Changes(c))) => return c,
            Ok(Ok(LeaseFeed::Resync)) => continue,
            got => panic!("no lease notification from the other instance: {got:?}"),
        }
    }
}

/// Two stores on one database, each with its writer: two instances.
async fn two_instances(db: &Database) -> (Store, Store, WriterHandle, WriterHandle) {
    let a = Store::connect(db.url()).await.unwrap();
    let b = Store::connect(db.url()).await.unwrap();
    let (wa, wb) = (Writer::start(a.clone()), Writer::start(b.clone()));
    (a, b, wa, wb)
}

#[test]
fn two_instances_on_one_database_share_leases_events_identity_and_logins() {
    let rt = runtime();
    let db = Database::create();
    rt.block_on(async {
        let (a, b, wa, wb) = two_instances(&db).await;
        // Give both listeners time to LISTEN before anything is announced.
        tokio::time::sleep(Duration::from_millis(500)).await;

        // One server identity: the first instance's.
        let first = a
            .shared_server_identity(vec![0, 4, 1], [1; 16])
            .await
            .unwrap();
        let second = b
            .shared_server_identity(vec![0, 4, 2], [2; 16])
            .await
            .unwrap();
        assert_eq!(first, (vec![0, 4, 1], [1; 16]));
        assert_eq!(
            second, first,
            "the second instance takes the shared identity"
        );

        // A's lease reaches B's feed; B's own does not come back to B.
        let mut b_feed = b.lease_feed();
        let mut a_feed = a.lease_feed();
        let x = lease("2001:db8:802::10", 1, 1, FUTURE);
        wa.commit_leases(vec![LeaseChange::Upsert(x.clone())])
            .await
            .unwrap();
        assert_eq!(
            next_changes(&mut b_feed).await,
            [LeaseChange::Upsert(x.clone())]
        );
        // B, with a stale table, wants x for another client: the database refuses.
        let y = lease("2001:db8:802::10", 2, 1, FUTURE);
        assert!(matches!(
            wb.commit_leases(vec![LeaseChange::Upsert(y)]).await,
            Err(StoreError::Conflict { what: "lease", .. })
        ));
        assert_eq!(b.lease(x.address).await.unwrap(), Some(x.clone()));
        // B's own change reaches A, and a release too.
        let z = lease("2001:db8:802::11", 2, 1, FUTURE);
        wb.commit_leases(vec![LeaseChange::Upsert(z.clone())])
            .await
            .unwrap();
        assert_eq!(
            next_changes(&mut a_feed).await,
            [LeaseChange::Upsert(z.clone())]
        );
        wa.commit_leases(vec![LeaseChange::Remove(x.address)])
            .await
            .unwrap();
        assert_eq!(
            next_changes(&mut b_feed).await,
            [LeaseChange::Remove(x.address)]
        );
        assert!(
            tokio::time::timeout(Duration::from_millis(300), b_feed.recv())
                .await
                .is_err(),
            "B heard its own change"
        );

        // A boot event recorded on A shows on B's live feed, with A's row id.
        let mut b_live = wb.subscribe();
        let mac = Mac([0x52, 0x54, 0, 0x80, 0, 2]);
        wa.record(BootEvent::new(
            EventSource::Http,
            BootStage::Done,
            Some(mac),
        ));
        wa.flush().await;
        let seen = tokio::time::timeout(Duration::from_secs(10), b_live.recv())
            .await
            .expect("A's event on B's live feed")
            .unwrap();
        assert_eq!((seen.mac, seen.stage.clone()), (Some(mac), BootStage::Done));
        assert_eq!(a.events(Some(mac), None, 1).await.unwrap()[0].id, seen.id);

        // A login made through A is good on B.
        let u = a.create_user("op", "$argon2id$x", false).await.unwrap();
        a.create_session(
            "hash-of-cookie",
            u.id,
            "csrf",
            bootforge::store::now_ms() + 60_000,
        )
        .await
        .unwrap();
        let on_b = b
            .session("hash-of-cookie")
            .await
            .unwrap()
            .expect("session on B");
        assert_eq!(on_b.user.name, "op");
        a.close().await;
        b.close().await;
    });
}

/// The same race with nothing ordered by the test: both instances commit a different
/// address for each of 1 000 clients at once, in batches that overlap. Each client ends with
/// one active row, and it is the one whose commit was acknowledged.
#[test]
fn concurrent_commits_never_bind_one_client_twice() {
    let rt = runtime();
    let db = Database::create();
    rt.block_on(async {
        let (a, b, wa, wb) = two_instances(&db).await;
        let mut tasks = Vec::new();
        for iaid in 0..4u32 {
            for tag in 0..250u8 {
                for (w, net) in [(&wa, 0x804), (&wb, 0x805)] {
                    let l = lease(
                        &format!("2001:db8:{net:x}:{iaid}::{tag:x}"),
                        tag,
                        iaid,
                        FUTURE,
                    );
                    let w = w.clone();
                    tasks.push(tokio::spawn(async move {
                        let acked = w
                            .commit_client_leases(&l.duid, vec![LeaseChange::Upsert(l.clone())])
                            .await;
                        match acked {
                            Ok(()) => Some(l),
                            Err(StoreError::Conflict { .. }) => None,
                            Err(e) => panic!("commit {}: {e}", l.address),
                        }
                    }));
                }
            }
        }
        let mut acked = Vec::new();
        for t in tasks {
            acked.extend(t.await.unwrap());
        }
        let twice = db.sql(
            "SELECT encode(duid, 'hex') || '/' || iaid FROM leases GROUP BY duid, iaid \
             HAVING count(*) > 1",
        );
        let twice: Vec<&str> = twice.lines().filter(|l| !l.is_empty()).collect();
        assert!(
            twice.is_empty(),
            "{} clients bound to two addresses, first {:?}",
            twice.len(),
            &twice[..twice.len().min(5)]
        );
        assert_eq!(acked.len(), 1000, "one acknowledged commit per client");
        for l in &acked {
            assert_eq!(a.lease(l.address).await.unwrap().as_ref(), Some(l));
        }
        a.close().await;
        b.close().await;
    });
}

/// Two instances that chose different addresses for one client at once: the database keeps
/// one active binding per client (DUID, IAID, MAC), as each instance's table does, and
/// refuses the later one; a deliberate move (the old row removed in the same batch), an
/// expired row and a machine told apart only by its MAC are not refused.
#[test]
fn one_client_one_address_across_instances() {
    let rt = runtime();
    let db = Database::create();
    rt.block_on(async {
        let (a, b, wa, wb) = two_instances(&db).await;
        let first = lease("2001:db8:803::20", 7, 1, FUTURE);
        wa.commit_leases(vec![LeaseChange::Upsert(first.clone())])
            .await
            .unwrap();
        let second = lease("2001:db8:803::21", 7, 1, FUTURE);
        match wb
            .commit_client_leases(&second.duid, vec![LeaseChange::Upsert(second.clone())])
            .await
        {
            Err(StoreError::Conflict { what: "lease", key }) => {
                assert_eq!(key, "2001:db8:803::21")
            }
            got => panic!("expected a lease conflict, got {got:?}"),
        }
        assert_eq!(b.lease(second.address).await.unwrap(), None);
        let rows = b.client_leases(&first.duid, 1).await.unwrap();
        assert_eq!(
            rows,
            std::slice::from_ref(&first),
            "the refused exchange reads the binding"
        );
        // Another IA of the same client is its own binding.
        let other_ia = lease("2001:db8:803::22", 7, 2, FUTURE);
        wb.commit_leases(vec![LeaseChange::Upsert(other_ia)])
            .await
            .unwrap();
        // The same DUID on another MAC (machines that all send one DUID) is another client.
        let mut twin = lease("2001:db8:803::23", 7, 1, FUTURE);
        twin.mac = Some(Mac([2, 0, 0, 0, 0, 0x77]));
        wb.commit_leases(vec![LeaseChange::Upsert(twin)])
            .await
            .unwrap();
        // A move: the old row removed in the same batch.
        wb.commit_client_leases(
            &first.duid,
            vec![
                LeaseChange::Remove(first.address),
                LeaseChange::Upsert(second.clone()),
            ],
        )
        .await
        .unwrap();
        assert_eq!(a.lease(first.address).await.unwrap(), None);
        assert_eq!(a.lease(second.address).await.unwrap(), Some(second.clone()));
        // An expired binding does not hold the client.
        let stale = lease("2001:db8:803::30", 8, 1, 100);
        wa.commit_leases(vec![LeaseChange::Upsert(stale)])
            .await
            .unwrap();
        let fresh = lease("2001:db8:803::31", 8, 1, FUTURE);
        wb.commit_leases(vec![LeaseChange::Upsert(fresh.clone())])
            .await
            .unwrap();
        assert_eq!(a.lease(fresh.address).await.unwrap(), Some(fresh));
        a.close().await;
        b.close().await;
    });
}
