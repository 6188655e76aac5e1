import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { type Access, residentEndpoints } from "./api.js";
import { newRequestId, type VoteProblem, voteProblem, voteRetryDelayMs } from "./lib.js";
import type { VoteAnswer, VoteValue } from "./types.js";

interface Attempt {
  tid: number;
  vote: VoteValue;
  requestId: string;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends a vote, retrying it by itself while the server is busy or the network lost it. */
async function sendWithRetries(
  send: () => Promise<VoteAnswer>,
  setRetrying: (retrying: boolean) => void,
): Promise<VoteAnswer> {
  for (let retry = 0; ; retry++) {
    try {
      return await send();
    } catch (error) {
      const delay = voteRetryDelayMs(voteProblem(error), error, retry);
      if (delay === null) throw error;
      setRetrying(true);
      await wait(delay);
    }
  }
}

/**
 * Casting votes: one requestId per vote, reused when the same vote is retried after a failure
 * (so the server stores it once); a different vote gets a new id. A vote refused because the
 * server is busy (503, Retry-After) or lost with the connection is retried by itself a few
 * times (lib.ts `voteRetryDelayMs`) while the card says so (`retrying`); only then is the
 * resident asked to retry.
 */
export function useVote(publicId: string, access: Access) {
  const queryClient = useQueryClient();
  const vote = useMutation({
    mutationFn: (attempt: Attempt) => residentEndpoints.vote(publicId, access, attempt),
  });
  const { mutateAsync } = vote;
  const [problem, setProblem] = useState<VoteProblem | null>(null);
  const [failed, setFailed] = useState<Attempt | null>(null);
  const [retrying, setRetrying] = useState(false);
  const inFlight = useRef(false);

  const cast = useCallback(
    async (
      tid: number,
      vote: VoteValue,
    ): Promise<{ answer: VoteAnswer } | { problem: VoteProblem } | null> => {
      if (inFlight.current) return null;
      const attempt: Attempt =
        failed && failed.tid === tid && failed.vote === vote
          ? failed
          : { tid, vote, requestId: newRequestId() };
      inFlight.current = true;
      setProblem(null);
      try {
        const answer = await sendWithRetries(() => mutateAsync(attempt), setRetrying);
        setFailed(null);
        void queryClient.invalidateQueries({ queryKey: ["conv", publicId, "statements"] });
        void queryClient.invalidateQueries({ queryKey: ["conv", publicId, "results"] });
        return { answer };
      } catch (error) {
        const kind = voteProblem(error);
        setProblem(kind);
        setFailed(
          kind === "network" || kind === "rate_limited" || kind === "busy" || kind === "other"
            ? attempt
            : null,
        );
        if (kind === "closed" || kind === "upcoming") {
          void queryClient.invalidateQueries({ queryKey: ["conv", publicId, "info"] });
        }
        return { problem: kind };
      } finally {
        inFlight.current = false;
        setRetrying(false);
      }
    },
    [publicId, failed, queryClient, mutateAsync],
  );

  return {
    cast,
    busy: vote.isPending || retrying,
    retrying,
    problem,
    failed,
    clearProblem: () => setProblem(null),
  };
}
