/** The files of a Polis export folder that the import reads, found by their names. */
export interface PolisFiles<F> {
  comments?: F;
  votes?: F;
  participantsVotes?: F;
  summary?: F;
}

/**
 * Sorts chosen files by name: Polis names them e.g. "2024-05-01-abc-comments.csv" or plain
 * "comments.csv". "participants-votes.csv" must not be taken for "votes.csv".
 */
export function sortPolisFiles<F extends { name: string }>(
  list: readonly F[],
): { files: PolisFiles<F>; ignored: F[] } {
  const files: PolisFiles<F> = {};
  const ignored: F[] = [];
  for (const file of list) {
    const name = file.name.toLowerCase();
    if (name.endsWith("participants-votes.csv")) files.participantsVotes = file;
    else if (name.endsWith("votes.csv")) files.votes = file;
    else if (name.endsWith("comments.csv")) files.comments = file;
    else if (name.endsWith("summary.csv")) files.summary = file;
    else ignored.push(file);
  }
  return { files, ignored };
}
