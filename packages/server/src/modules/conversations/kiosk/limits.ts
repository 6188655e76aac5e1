/**
 * Flood limits of a kiosk session. Its residents share one tablet (one address), so they are
 * not counted per address like other residents, but per session: generous for a queue of
 * people at an event, yet a leaked kiosk token cannot make participants or votes without end.
 */

/** New participants (people) per kiosk session in 10 minutes: one every 10 seconds. */
export const KIOSK_PEOPLE_PER_10_MINUTES = 60;
/** Votes per kiosk session in one minute (each person also has the per-resident limit). */
export const KIOSK_VOTES_PER_MINUTE = 300;
