//! Profiles: list, create, edit, delete (refused while machines use one).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::{Extension, Form};

use super::{render, see_other, see_other_problem, Flash, Frame, WebResult};
use crate::service::input::{message_for, FieldError, ProfileInput};
use crate::service::profiles::{delete_profile, profiles_with_usage, ProfileWithUsage};
use crate::service::Principal;
use crate::service::ServiceError;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "profiles.html")]
pub struct ProfilesPage {
    pub frame: Frame,
    pub profiles: Vec<ProfileWithUsage>,
}

pub async fn page(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Query(flash): Query<Flash>,
) -> WebResult {
    Ok(render(&ProfilesPage {
        frame: Frame::new(&who, "profiles", &flash),
        profiles: profiles_with_usage(&app.store).await?,
    }))
}

#[derive(Template)]
#[template(path = "profile_form.html")]
pub struct ProfileFormPage {
    pub frame: Frame,
    /// `None` when creating.
    pub editing: Option<String>,
    pub input: ProfileInput,
    pub variables_text: String,
    pub errors: Vec<FieldError>,
}

impl ProfileFormPage {
    pub fn error(&self, field: &str) -> Option<&str> {
        message_for(&self.errors, field)
    }
    pub fn action(&self) -> String {
        match &self.editing {
            Some(name) => format!("/profiles/{name}"),
            None => "/profiles/new".into(),
        }
    }
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    pub name: String,
    pub description: String,
    pub kernel: String,
    pub initrd: String,
    pub cmdline: String,
    pub template: String,
    pub variables: String,
}

impl ProfileForm {
    fn to_input(&self) -> ProfileInput {
        ProfileInput {
            name: self.name.clone(),
            description: self.description.clone(),
            kernel: self.kernel.clone(),
            initrd: self.initrd.clone(),
            cmdline: self.cmdline.clone(),
            template: self.template.clone(),
            variables: Some(serde_json::Value::String(self.variables.clone())),
        }
    }
}

pub async fn new_form(Extension(who): Extension<Principal>) -> WebResult {
    Ok(render(&ProfileFormPage {
        frame: Frame::new(&who, "profiles", &Flash::default()),
        editing: None,
        input: ProfileInput {
            template: "install.ipxe".into(),
            ..Default::default()
        },
        variables_text: "{}".into(),
        errors: Vec::new(),
    }))
}

pub async fn edit_form(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
) -> WebResult {
    let profile = app
        .store
        .profile(&name)
        .await?
        .ok_or_else(|| ServiceError::NotFound(format!("profile {name:?} not found")))?;
    Ok(render(&ProfileFormPage {
        frame: Frame::new(&who, "profiles", &Flash::default()),
        editing: Some(name),
        variables_text: serde_json::to_string_pretty(&profile.variables).unwrap_or_default(),
        input: ProfileInput::from_profile(&profile),
        errors: Vec::new(),
    }))
}

fn redisplay(
    who: &Principal,
    editing: Option<String>,
    form: &ProfileForm,
    errors: Vec<FieldError>,
) -> WebResult {
    let page = ProfileFormPage {
        frame: Frame::new(who, "profiles", &Flash::default()),
        editing,
        input: form.to_input(),
        variables_text: form.variables.clone(),
        errors,
    };
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

pub async fn create(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Form(form): Form<ProfileForm>,
) -> WebResult {
    let input = form.to_input();
    if let Err(errors) = input.validate() {
        return redisplay(&who, None, &form, errors);
    }
    match crate::service::profiles::create(&app.store, &who.name, &input).await {
        Ok(profile) => Ok(see_other(
            "/profiles",
            &format!("profile {} created", profile.name),
        )),
        Err(ServiceError::Conflict(m)) => {
            redisplay(&who, None, &form, vec![FieldError::new("name", m)])
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn update(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
    Form(mut form): Form<ProfileForm>,
) -> WebResult {
    form.name = name.clone();
    let input = form.to_input();
    if let Err(errors) = input.validate() {
        return redisplay(&who, Some(name), &form, errors);
    }
    crate::service::profiles::replace(&app.store, &who.name, &name, input).await?;
    Ok(see_other("/profiles", &format!("profile {name} saved")))
}

pub async fn delete(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
) -> WebResult {
    match delete_profile(&app.store, &who.name, &name).await {
        Ok(()) => Ok(see_other("/profiles", &format!("profile {name} deleted"))),
        Err(ServiceError::Conflict(m)) => Ok(see_other_problem("/profiles", &m)),
        Err(e) => Err(e.into()),
    }
}
