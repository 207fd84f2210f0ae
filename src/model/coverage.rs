//! The standard week of SPEC 5.1: for a number of covered hours a week, when people are on duty, and
//! what that means for a ticket arriving at a random moment: the share answered within some hours, and
//! the mean wait for a first reply.

/// Hours in a week.
pub const WEEK_HOURS: f64 = 168.0;

/// The uncovered stretches of the standard week with `covered` hours, in hours (none of length 0).
///
/// Up to 120 hours: Monday to Friday, a fifth of them a day from 08:00, which leaves four nights of
/// 24 - L and a weekend of 72 - L. From 120 to 168: weekdays around the clock and half of the rest on
/// Saturday and on Sunday from 08:00, which leaves 8 hours before Saturday's shift, 24 - L to Sunday's
/// and 16 - L to Monday.
pub fn gaps(covered: f64) -> Vec<f64> {
    let covered = covered.clamp(0.0, WEEK_HOURS);
    let gaps = if covered >= WEEK_HOURS {
        vec![]
    } else if covered <= 120.0 {
        let l = covered / 5.0;
        vec![24.0 - l, 24.0 - l, 24.0 - l, 24.0 - l, 72.0 - l]
    } else {
        let l = (covered - 120.0) / 2.0;
        vec![8.0, 24.0 - l, 16.0 - l]
    };
    gaps.into_iter().filter(|g| *g > 1e-9).collect()
}

/// The covered stretches of the standard week with `covered` hours, as (start, end) in hours from
/// Monday 00:00, for the week strip. A weekday stretch may run past midnight. Above 152 hours the
/// SPEC's weekend shifts from 08:00 would run past midnight into covered weekdays (its gaps drop the
/// negative one); the strip ends them at midnight instead and starts them earlier, so that it always
/// shows `covered` hours.
pub fn windows(covered: f64) -> Vec<(f64, f64)> {
    let covered = covered.clamp(0.0, WEEK_HOURS);
    if covered >= WEEK_HOURS {
        vec![(0.0, WEEK_HOURS)]
    } else if covered <= 120.0 {
        let l = covered / 5.0;
        (0..5)
            .map(|day| {
                let start = 24.0 * f64::from(day) + 8.0;
                (start, start + l)
            })
            .collect()
    } else {
        let l = (covered - 120.0) / 2.0;
        if l <= 16.0 {
            vec![(0.0, 120.0), (128.0, 128.0 + l), (152.0, 152.0 + l)]
        } else {
            vec![(0.0, 120.0), (144.0 - l, 144.0), (168.0 - l, 168.0)]
        }
    }
}

/// The share of tickets, arriving at uniformly random moments, that find someone on duty within
/// `hours` (0: at once).
pub fn within(covered: f64, hours: f64) -> f64 {
    let waited: f64 = gaps(covered).iter().map(|g| g.min(hours.max(0.0))).sum();
    ((covered.clamp(0.0, WEEK_HOURS) + waited) / WEEK_HOURS).min(1.0)
}

/// The mean wait, in hours, for the next covered moment.
pub fn mean_wait(covered: f64) -> f64 {
    gaps(covered).iter().map(|g| g * g / 2.0).sum::<f64>() / WEEK_HOURS
}

/// The share of first replies within `fast_hours` when the AI answers the share `ai_first` of tickets
/// at once and people answer the rest in `covered` hours a week.
pub fn fast_reply_share(ai_first: f64, covered: f64, fast_hours: f64) -> f64 {
    ai_first + (1.0 - ai_first) * within(covered, fast_hours)
}

/// The mean wait for a first reply, in hours, with the AI answering the share `ai_first` at once.
pub fn mean_first_reply_hours(ai_first: f64, covered: f64) -> f64 {
    (1.0 - ai_first) * mean_wait(covered)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn the_windows_cover_the_hours_and_leave_the_gaps() {
        for covered in [
            1.0, 40.0, 60.0, 120.0, 121.0, 140.0, 152.0, 160.0, 167.0, 168.0,
        ] {
            let w = windows(covered);
            let total: f64 = w.iter().map(|(a, b)| b - a).sum();
            assert!(close(total, covered), "{covered}: {total}");
            assert!(w.iter().all(|(a, b)| a < b && *a >= 0.0 && *b <= 176.0));
            if covered > 152.0 {
                continue;
            }
            // The stretches between the windows, the last one round to Monday, are the gaps.
            let mut between: Vec<f64> = w
                .iter()
                .zip(w.iter().cycle().skip(1))
                .map(|(a, b)| (b.0 - a.1).rem_euclid(WEEK_HOURS))
                .filter(|g| *g > 1e-9)
                .collect();
            let mut want = gaps(covered);
            between.sort_by(f64::total_cmp);
            want.sort_by(f64::total_cmp);
            assert_eq!(between.len(), want.len(), "{covered}");
            for (a, b) in between.iter().zip(&want) {
                assert!(close(*a, *b), "{covered}: {between:?} {want:?}");
            }
        }
        assert_eq!(windows(40.0)[0], (8.0, 16.0));
    }

    #[test]
    fn forty_hours_as_the_spec_works_it() {
        // Eight hours a weekday: four nights of 16 h and a weekend of 64 h.
        assert_eq!(gaps(40.0), vec![16.0, 16.0, 16.0, 16.0, 64.0]);
        // (40 + 4 x 16 + 24) / 168 = 76.2% within a day; (40 + 5 x 1) / 168 = 26.8% within an hour.
        assert!(close(within(40.0, 24.0), 128.0 / 168.0));
        assert!(close(within(40.0, 1.0), 45.0 / 168.0));
        // (4 x 16² + 64²) / 2 / 168 = 15.24 h.
        assert!(close(mean_wait(40.0), (4.0 * 256.0 + 4096.0) / 336.0));
        assert!((mean_wait(40.0) - 15.24).abs() < 0.005);
    }

    #[test]
    fn sixty_one_hundred_twenty_one_hundred_forty_and_all_week() {
        // 60 h: 12 h a weekday; nights of 12 h, a weekend of 60 h.
        assert_eq!(gaps(60.0), vec![12.0, 12.0, 12.0, 12.0, 60.0]);
        assert!(close(within(60.0, 1.0), 65.0 / 168.0));
        assert!(close(within(60.0, 24.0), (60.0 + 48.0 + 24.0) / 168.0));
        assert!(close(mean_wait(60.0), (4.0 * 144.0 + 3600.0) / 336.0));
        // 120 h: weekdays around the clock, only the 48 h weekend is uncovered.
        assert_eq!(gaps(120.0), vec![48.0]);
        assert!(close(within(120.0, 1.0), 121.0 / 168.0));
        assert!(close(mean_wait(120.0), 48.0 * 48.0 / 336.0));
        // 140 h: 10 h on Saturday and on Sunday from 08:00: gaps of 8, 14 and 6 h.
        assert_eq!(gaps(140.0), vec![8.0, 14.0, 6.0]);
        assert!(close(within(140.0, 1.0), 143.0 / 168.0));
        assert!(close(within(140.0, 24.0), 1.0));
        assert!(close(mean_wait(140.0), (64.0 + 196.0 + 36.0) / 336.0));
        // 24/7: always someone there.
        assert!(gaps(168.0).is_empty());
        assert!(close(within(168.0, 0.0), 1.0));
        assert!(close(mean_wait(168.0), 0.0));
    }

    #[test]
    fn the_ai_answers_its_share_at_once() {
        // 75% answered by the AI at once; the rest as at 40 h.
        assert!(close(
            fast_reply_share(0.75, 40.0, 1.0),
            0.75 + 0.25 * 45.0 / 168.0
        ));
        assert!(close(
            mean_first_reply_hours(0.75, 40.0),
            0.25 * mean_wait(40.0)
        ));
        assert!(close(fast_reply_share(0.0, 40.0, 1.0), within(40.0, 1.0)));
    }

    #[test]
    fn more_hours_never_answer_fewer_tickets_or_later() {
        let mut last = (0.0, f64::INFINITY);
        for x in 1..=168 {
            let x = f64::from(x);
            let now = (within(x, 1.0), mean_wait(x));
            assert!(now.0 >= last.0 - 1e-12 && now.1 <= last.1 + 1e-12, "{x} h");
            assert!(now.0 <= 1.0 && now.1 >= 0.0);
            last = now;
        }
    }
}
