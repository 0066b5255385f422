//! The DHCPv6 socket loop (being written).

use crate::app::AppState;

pub async fn run(state: AppState) -> anyhow::Result<()> {
    state.shutdown.cancelled().await;
    Ok(())
}
