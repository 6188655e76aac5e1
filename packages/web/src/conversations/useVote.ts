import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { type Access, residentEndpoints } from "./api.js";
import { newRequestId, type VoteProblem, voteProblem } from "./lib.js";
import type { VoteAnswer, VoteValue } from "./types.js";

interface Attempt {
  tid: number;
  vote: VoteValue;
  requestId: string;
}

/**
 * Casting votes: one requestId per vote, reused when the same vote is retried after a failure
 * (so the server stores it once); a different vote gets a new id.
 */
export function useVote(publicId: string, access: Access) {
  const queryClient = useQueryClient();
  const vote = useMutation({
    mutationFn: (attempt: Attempt) => residentEndpoints.vote(publicId, access, attempt),
  });
  const { mutateAsync } = vote;
  const [problem, setProblem] = useState<VoteProblem | null>(null);
  const [failed, setFailed] = useState<Attempt | null>(null);
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
        const answer = await mutateAsync(attempt);
        setFailed(null);
        void queryClient.invalidateQueries({ queryKey: ["conv", publicId, "statements"] });
        void queryClient.invalidateQueries({ queryKey: ["conv", publicId, "results"] });
        return { answer };
      } catch (error) {
        const kind = voteProblem(error);
        setProblem(kind);
        setFailed(
          kind === "network" || kind === "rate_limited" || kind === "other" ? attempt : null,
        );
        if (kind === "closed" || kind === "upcoming") {
          void queryClient.invalidateQueries({ queryKey: ["conv", publicId, "info"] });
        }
        return { problem: kind };
      } finally {
        inFlight.current = false;
      }
    },
    [publicId, failed, queryClient, mutateAsync],
  );

  return { cast, busy: vote.isPending, problem, failed, clearProblem: () => setProblem(null) };
}
