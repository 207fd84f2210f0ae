//! Which column of an export holds what (SPEC 8): found by its header, case, spaces and punctuation
//! ignored, as Zendesk, Freshdesk, HubSpot, Help Scout and Intercom name them, or chosen by the user.

use super::values::TimeUnit;

/// The columns the reader uses, by position, and how to read them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Columns {
    /// The creation date (one row per ticket) or the month (one row per month).
    pub date: Option<usize>,
    /// With one row per month: the month's ticket count. Its presence means one row per month.
    pub count: Option<usize>,
    /// Replies per ticket (one row per ticket: that ticket's replies).
    pub replies: Option<usize>,
    /// With one row per month: whether the replies column is per ticket ("Replies per ticket") or
    /// the month's total.
    pub replies_per_ticket: bool,
    /// First reply time.
    pub first_reply: Option<usize>,
    /// The first reply time's unit when it is a plain number.
    pub unit: TimeUnit,
}

/// A header with case, spaces and punctuation taken out: "First reply time (in hrs)" is
/// "firstreplytimeinhrs".
pub fn normalise(header: &str) -> String {
    header
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Creation dates, the most telling first: where an export has several, the first of these is taken.
const DATE: &[&str] = &[
    "createdat",
    "createdtime",
    "createdate",
    "createddate",
    "datecreated",
    "creationdate",
    "createdon",
    "created",
    "conversationstartedat",
    "startedat",
    "openedat",
    "month",
    "date",
    "period",
    "monat",
    "datum",
    "erstelltam",
];

/// A month's ticket count, in an export of one row per month.
const COUNT: &[&str] = &[
    "tickets",
    "count",
    "volume",
    "conversations",
    "ticketcount",
    "numberoftickets",
    "newtickets",
    "ticketscreated",
    "totaltickets",
    "conversationcount",
    "anzahl",
];

const REPLIES: &[&str] = &[
    "replies",
    "agentinteractions",
    "agentreplies",
    "numberofreplies",
    "replycount",
    "repliesperticket",
    "agentreplycount",
    "numberofagentreplies",
    "antworten",
];

/// Beginnings of a replies header not in the list above ("Replies per ticket (mean)", "Antworten pro
/// Ticket").
const REPLIES_STARTS: &[&str] = &["replies", "antworten", "agentreplies", "agentinteractions"];

/// Words that make a replies column a mean per ticket rather than a month's total.
const PER_TICKET: &[&str] = &[
    "perticket",
    "proticket",
    "perconversation",
    "average",
    "avg",
    "mean",
    "durchschnitt",
];

/// First reply times, the calendar's before business hours'.
const FIRST_REPLY: &[&str] = &[
    "firstreplytimeinminutes",
    "firstreplytime",
    "firstresponsetimeinhrs",
    "firstresponsetime",
    "timetofirstagentreply",
    "timetofirstreply",
    "timetofirstresponse",
    "firstreplytimeinminuteswithinbusinesshours",
];

/// Beginnings of a first-reply header not in the list above, with its unit ("First response time
/// (seconds)").
const FIRST_REPLY_STARTS: &[&str] = &["firstreply", "firstresponse", "timetofirst"];

/// The first header (by the order of `names`' preference) that matches.
fn find(headers: &[String], names: &[&str]) -> Option<usize> {
    names
        .iter()
        .find_map(|name| headers.iter().position(|h| h == name))
}

/// The columns recognised in a header row.
pub fn recognise(headers: &[&str]) -> Columns {
    let norm: Vec<String> = headers.iter().map(|h| normalise(h)).collect();
    let first_reply = find(&norm, FIRST_REPLY).or_else(|| {
        norm.iter()
            .position(|h| FIRST_REPLY_STARTS.iter().any(|s| h.starts_with(s)))
    });
    let replies = find(&norm, REPLIES).or_else(|| {
        norm.iter()
            .position(|h| REPLIES_STARTS.iter().any(|s| h.starts_with(s)))
    });
    Columns {
        date: find(&norm, DATE),
        count: find(&norm, COUNT),
        replies,
        replies_per_ticket: replies.is_some_and(|i| PER_TICKET.iter().any(|w| norm[i].contains(w))),
        first_reply,
        unit: first_reply.map_or(TimeUnit::Minutes, |i| unit_of(&norm[i], &norm)),
    }
}

/// The unit a time column's header says, or its vendor's: HubSpot's "Time to first agent reply" is in
/// milliseconds, Intercom's times (an export with a conversation id) in seconds; minutes otherwise, as
/// Zendesk's.
pub fn unit_of(header: &str, all: &[String]) -> TimeUnit {
    let says = |words: &[&str]| words.iter().any(|w| header.contains(w));
    if says(&["millisecond", "msec"]) || header.ends_with("ms") {
        TimeUnit::Milliseconds
    } else if says(&["second", "secs", "sekunde"]) || header.ends_with("sec") {
        TimeUnit::Seconds
    } else if says(&["minute", "mins"]) || header.ends_with("min") {
        TimeUnit::Minutes
    } else if says(&["hour", "hrs", "stunde"]) || header.ends_with("hr") || header.ends_with("inh")
    {
        TimeUnit::Hours
    } else if header == "timetofirstagentreply" {
        TimeUnit::Milliseconds
    } else if all.iter().any(|h| h == "conversationid") {
        TimeUnit::Seconds
    } else {
        TimeUnit::Minutes
    }
}

/// The unit of the column at `index` of these headers, as `recognise` reads it.
pub fn unit_of_column(headers: &[&str], index: usize) -> TimeUnit {
    let norm: Vec<String> = headers.iter().map(|h| normalise(h)).collect();
    norm.get(index)
        .map_or(TimeUnit::Minutes, |h| unit_of(h, &norm))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cols(headers: &str) -> Columns {
        let h: Vec<&str> = headers.split(',').collect();
        recognise(&h)
    }

    #[test]
    fn each_vendors_headers() {
        let zendesk = cols("Id,Requester,Subject,Created at,Solved at,Replies,First reply time in minutes,First reply time in minutes within business hours");
        assert_eq!(
            zendesk,
            Columns {
                date: Some(3),
                count: None,
                replies: Some(5),
                replies_per_ticket: false,
                first_reply: Some(6),
                unit: TimeUnit::Minutes
            }
        );
        let freshdesk = cols("Ticket ID,Subject,Status,Created time,Agent interactions,Customer interactions,First response time (in hrs),Resolution time (in hrs)");
        assert_eq!(
            (
                freshdesk.date,
                freshdesk.replies,
                freshdesk.first_reply,
                freshdesk.unit
            ),
            (Some(3), Some(4), Some(6), TimeUnit::Hours)
        );
        let hubspot =
            cols("Ticket ID,Ticket name,Create date,Time to first agent reply,Ticket owner");
        assert_eq!(
            (
                hubspot.date,
                hubspot.replies,
                hubspot.first_reply,
                hubspot.unit
            ),
            (Some(2), None, Some(3), TimeUnit::Milliseconds)
        );
        let help_scout = cols("Conversation ID,Number,Customer,Date,Replies,Status");
        assert_eq!((help_scout.date, help_scout.replies), (Some(3), Some(4)));
        let intercom = cols("Conversation ID,Created at,Time to first response,Assignee");
        assert_eq!(
            (intercom.date, intercom.first_reply, intercom.unit),
            (Some(1), Some(2), TimeUnit::Seconds)
        );
        let monthly = cols("Month,Tickets,Replies per ticket,First reply (hours)");
        assert_eq!(
            monthly,
            Columns {
                date: Some(0),
                count: Some(1),
                replies: Some(2),
                replies_per_ticket: true,
                first_reply: Some(3),
                unit: TimeUnit::Hours
            }
        );
        let generic = cols(" DATE , first_response_seconds");
        assert_eq!(
            (generic.date, generic.first_reply, generic.unit),
            (Some(0), Some(1), TimeUnit::Seconds)
        );
        assert!(cols("Monat,Tickets,Antworten pro Ticket").replies_per_ticket);
        assert!(!cols("Month,Tickets,Replies").replies_per_ticket);
        let none = cols("Name,E-mail,Subject");
        assert_eq!((none.date, none.count, none.replies), (None, None, None));
    }

    #[test]
    fn a_created_at_before_a_plain_date() {
        assert_eq!(cols("Date,Updated at,Created At").date, Some(2));
    }
}
