import { sql } from "drizzle-orm";
import { type Db, rowsOf } from "../../../db/client.js";

/** Days are counted in the counties' own time: a vote at 23:30 UTC on 1 March is on 2 March. */
export const PARTICIPATION_TIME_ZONE = "Europe/Helsinki";

export interface ParticipationDay {
  /** ISO date in Finnish time (`PARTICIPATION_TIME_ZONE`, summer time included). */
  day: string;
  newParticipants: number;
  votes: number;
  statements: number;
  /** Running totals up to and including the day. */
  participants: number;
  totalVotes: number;
  totalStatements: number;
}

/** Participation over time, per day in Finnish time: new participants, votes cast, statements written. */
export async function participation(
  db: Db,
  options: { conversationId: string },
): Promise<ParticipationDay[]> {
  const rows = rowsOf<{ day: string; participants: string; votes: string; statements: string }>(
    await db.execute(sql`
      with days as (
        select to_char(created_at at time zone ${PARTICIPATION_TIME_ZONE}, 'YYYY-MM-DD') as day, 'p' as kind from participants where conversation_id = ${options.conversationId}
        union all
        select to_char(created_at at time zone ${PARTICIPATION_TIME_ZONE}, 'YYYY-MM-DD'), 'v' from vote_events where conversation_id = ${options.conversationId}
        union all
        select to_char(created_at at time zone ${PARTICIPATION_TIME_ZONE}, 'YYYY-MM-DD'), 's' from statements where conversation_id = ${options.conversationId} and not is_seed
      )
      select day,
        count(*) filter (where kind = 'p') as participants,
        count(*) filter (where kind = 'v') as votes,
        count(*) filter (where kind = 's') as statements
      from days group by day order by day`),
  );
  let participants = 0;
  let totalVotes = 0;
  let totalStatements = 0;
  return rows.map((r) => {
    participants += Number(r.participants);
    totalVotes += Number(r.votes);
    totalStatements += Number(r.statements);
    return {
      day: r.day,
      newParticipants: Number(r.participants),
      votes: Number(r.votes),
      statements: Number(r.statements),
      participants,
      totalVotes,
      totalStatements,
    };
  });
}
