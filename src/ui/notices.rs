//! Messages to the user: problems with storage, links and files, and the undo offer after a delete.
//! They float over the page, so that nothing below them moves.

use leptos::prelude::*;

use super::AppState;
use crate::model::library::Saved;
use crate::model::store::Command;

#[derive(Clone, Debug, PartialEq)]
pub enum NoticeKind {
    Info,
    Error,
    /// A scenario was deleted; it can be put back.
    Undo {
        saved: Box<Saved>,
        position: usize,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub kind: NoticeKind,
    pub text: String,
}

#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="notices" data-testid="notices" aria-live="polite">
            <For
                each=move || state.notices.get()
                key=|n| n.id
                children=move |n: Notice| {
                    let id = n.id;
                    let class = match n.kind {
                        NoticeKind::Error => "notice-card error-card",
                        NoticeKind::Info => "notice-card",
                        NoticeKind::Undo { .. } => "notice-card undo-card",
                    };
                    let role = if matches!(n.kind, NoticeKind::Error) { "alert" } else { "status" };
                    let undo = match n.kind.clone() {
                        NoticeKind::Undo { saved, position } => Some(
                            view! {
                                <button
                                    type="button"
                                    class="button secondary"
                                    data-testid="undo-delete"
                                    on:click=move |_| {
                                        state.dismiss(id);
                                        state.run(Command::Restore {
                                            saved: saved.clone(),
                                            position,
                                        });
                                    }
                                >
                                    {state.t("Undo", "Rückgängig")}
                                </button>
                            },
                        ),
                        _ => None,
                    };
                    view! {
                        <div class=class role=role data-testid="notice">
                            <p>{n.text.clone()}</p>
                            {undo}
                            <button
                                type="button"
                                class="close"
                                aria-label=state.t("Dismiss this message", "Diese Meldung schließen")
                                on:click=move |_| state.dismiss(id)
                            >
                                "×"
                            </button>
                        </div>
                    }
                }
            />
        </div>
    }
}
