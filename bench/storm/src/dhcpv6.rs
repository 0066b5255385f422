//! The few DHCPv6 client messages boot firmware and iPXE send (RFC 8415), built and read
//! byte by byte: a load generator, not a codec (the server's codec is dhcproto). Solicit and
//! Request with a DUID-LL, one IA_NA, the client architecture (option 61), the PXE vendor
//! class and, for iPXE, user class "iPXE"; the answer's Server ID, IA address and Boot File
//! URL (option 59).

use std::net::Ipv6Addr;

pub const SOLICIT: u8 = 1;
pub const ADVERTISE: u8 = 2;
pub const REQUEST: u8 = 3;
pub const REPLY: u8 = 7;

const OPT_CLIENTID: u16 = 1;
const OPT_SERVERID: u16 = 2;
const OPT_IA_NA: u16 = 3;
const OPT_IAADDR: u16 = 5;
const OPT_ORO: u16 = 6;
const OPT_ELAPSED: u16 = 8;
const OPT_STATUS: u16 = 13;
const OPT_USER_CLASS: u16 = 15;
const OPT_VENDOR_CLASS: u16 = 16;
const OPT_BOOTFILE_URL: u16 = 59;
const OPT_BOOTFILE_PARAM: u16 = 60;
const OPT_CLIENT_ARCH: u16 = 61;
const OPT_NII: u16 = 62;

/// Who is asking: one simulated machine, as firmware (`ipxe = false`) or as iPXE.
pub struct Client {
    pub mac: [u8; 6],
    pub iaid: u32,
    pub ipxe: bool,
}

/// What an Advertise or Reply said.
#[derive(Debug, Default, Clone)]
pub struct Answer {
    pub msg_type: u8,
    pub xid: u32,
    pub server_id: Vec<u8>,
    pub address: Option<Ipv6Addr>,
    pub boot_url: Option<String>,
    /// A non-zero status at the top level or in the IA.
    pub status: Option<u16>,
}

fn opt(out: &mut Vec<u8>, code: u16, data: &[u8]) {
    out.extend_from_slice(&code.to_be_bytes());
    out.extend_from_slice(&(data.len() as u16).to_be_bytes());
    out.extend_from_slice(data);
}

impl Client {
    fn duid(&self) -> Vec<u8> {
        let mut d = vec![0, 3, 0, 1];
        d.extend_from_slice(&self.mac);
        d
    }

    /// Solicit (`answer` = None) or Request for the address and server of `answer`.
    pub fn message(&self, msg_type: u8, xid: u32, answer: Option<&Answer>) -> Vec<u8> {
        let mut p = vec![msg_type];
        p.extend_from_slice(&xid.to_be_bytes()[1..]);
        opt(&mut p, OPT_CLIENTID, &self.duid());
        if let Some(a) = answer {
            opt(&mut p, OPT_SERVERID, &a.server_id);
        }
        opt(&mut p, OPT_ELAPSED, &[0, 0]);
        let mut ia = self.iaid.to_be_bytes().to_vec();
        ia.extend_from_slice(&[0; 8]);
        if let Some(addr) = answer.and_then(|a| a.address) {
            let mut iaaddr = addr.octets().to_vec();
            iaaddr.extend_from_slice(&[0; 8]);
            opt(&mut ia, OPT_IAADDR, &iaaddr);
        }
        opt(&mut p, OPT_IA_NA, &ia);
        let mut oro = Vec::new();
        for code in [OPT_BOOTFILE_URL, OPT_BOOTFILE_PARAM, 23] {
            oro.extend_from_slice(&u16::to_be_bytes(code));
        }
        opt(&mut p, OPT_ORO, &oro);
        opt(&mut p, OPT_CLIENT_ARCH, &7u16.to_be_bytes());
        opt(&mut p, OPT_NII, &[1, 3, 0]);
        let class = b"PXEClient:Arch:00007:UNDI:003000";
        let mut vc = 343u32.to_be_bytes().to_vec();
        vc.extend_from_slice(&(class.len() as u16).to_be_bytes());
        vc.extend_from_slice(class);
        opt(&mut p, OPT_VENDOR_CLASS, &vc);
        if self.ipxe {
            opt(&mut p, OPT_USER_CLASS, &[0, 4, b'i', b'P', b'X', b'E']);
        }
        p
    }
}

/// The xid of any server message (for demultiplexing), if it is one we read.
pub fn xid_of(p: &[u8]) -> Option<u32> {
    (p.len() >= 4 && matches!(p[0], ADVERTISE | REPLY))
        .then(|| u32::from_be_bytes([0, p[1], p[2], p[3]]))
}

fn options(mut p: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    std::iter::from_fn(move || {
        if p.len() < 4 {
            return None;
        }
        let code = u16::from_be_bytes([p[0], p[1]]);
        let len = u16::from_be_bytes([p[2], p[3]]) as usize;
        let data = p.get(4..4 + len)?;
        p = &p[4 + len..];
        Some((code, data))
    })
}

fn status_of(data: &[u8]) -> Option<u16> {
    let code = u16::from_be_bytes([*data.first()?, *data.get(1)?]);
    (code != 0).then_some(code)
}

pub fn parse(p: &[u8]) -> Option<Answer> {
    let xid = xid_of(p)?;
    let mut a = Answer {
        msg_type: p[0],
        xid,
        ..Answer::default()
    };
    for (code, data) in options(&p[4..]) {
        match code {
            OPT_SERVERID => a.server_id = data.to_vec(),
            OPT_STATUS => a.status = a.status.or(status_of(data)),
            OPT_BOOTFILE_URL => a.boot_url = String::from_utf8(data.to_vec()).ok(),
            OPT_IA_NA if data.len() >= 12 => {
                for (c, d) in options(&data[12..]) {
                    match c {
                        OPT_IAADDR if d.len() >= 24 => {
                            let o: [u8; 16] = d[..16].try_into().ok()?;
                            a.address = Some(Ipv6Addr::from(o));
                        }
                        OPT_STATUS => a.status = a.status.or(status_of(d)),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    Some(a)
}
