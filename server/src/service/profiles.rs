//! Profiles: what a machine boots.

use serde::Serialize;

use super::input::ProfileInput;
use super::ServiceError;
use crate::store::{Profile, Store};

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ProfileWithUsage {
    #[serde(flatten)]
    pub profile: Profile,
    /// Machines assigned this profile.
    pub machines: i64,
}

pub async fn profiles_with_usage(store: &Store) -> Result<Vec<ProfileWithUsage>, ServiceError> {
    let usage = store.profile_usage().await?;
    Ok(store
        .profiles()
        .await?
        .into_iter()
        .map(|p| {
            let machines = usage
                .iter()
                .find(|(name, _)| *name == p.name)
                .map(|(_, n)| *n)
                .unwrap_or(0);
            ProfileWithUsage {
                profile: p,
                machines,
            }
        })
        .collect())
}

pub async fn create(
    store: &Store,
    actor: &str,
    input: &ProfileInput,
) -> Result<Profile, ServiceError> {
    let profile = input.validate()?;
    store.operator(actor).create_profile(&profile).await?;
    Ok(profile)
}

pub async fn get(store: &Store, name: &str) -> Result<Profile, ServiceError> {
    store
        .profile(name)
        .await?
        .ok_or_else(|| ServiceError::NotFound(format!("profile {name:?} not found")))
}

/// Replace `name`'s profile with `input` (its name comes from `name`).
pub async fn replace(
    store: &Store,
    actor: &str,
    name: &str,
    mut input: ProfileInput,
) -> Result<Profile, ServiceError> {
    input.name = name.to_string();
    let profile = input.validate()?;
    store.operator(actor).update_profile(&profile).await?;
    Ok(profile)
}

/// Deleting a profile machines still use is a conflict: reassign them first.
pub async fn delete_profile(store: &Store, actor: &str, name: &str) -> Result<(), ServiceError> {
    let users = store
        .profile_usage()
        .await?
        .into_iter()
        .find(|(p, _)| p == name)
        .map(|(_, n)| n)
        .unwrap_or(0);
    if users > 0 {
        return Err(ServiceError::Conflict(format!(
            "profile {name:?} is used by {users} machine(s); reassign them first"
        )));
    }
    store
        .operator(actor)
        .delete_profile(name)
        .await
        .map_err(|e| match e {
            // A machine took the profile between the check and the delete.
            crate::store::StoreError::Invalid(m) => ServiceError::Conflict(m),
            other => other.into(),
        })
}
