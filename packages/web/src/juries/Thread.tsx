import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorSummary, useFormErrors } from "../components/form.js";
import { formatDateTime } from "../lib/format.js";
import { juryEndpoints, type Post, type Reaction } from "./api.js";
import { useJt } from "./i18n/index.js";

const REACTIONS: Reaction[] = ["agree", "thanks", "question"];

/** The threaded discussion: posts with replies, reactions (one per kind), live. */
export function Thread({ slug }: { slug: string }) {
  const { jt } = useJt();
  const client = useQueryClient();
  const key = ["jury-space", slug, "posts"];
  const { errors, attempt, failWith } = useFormErrors(() => undefined);
  const posts = useQuery({ queryKey: key, queryFn: () => juryEndpoints.posts(slug) });
  const refresh = () => client.invalidateQueries({ queryKey: key });
  const react = useMutation({
    mutationFn: ({ post, kind }: { post: Post; kind: Reaction }) =>
      juryEndpoints.react(slug, post.id, kind, !post.myReactions.includes(kind)),
    onSuccess: refresh,
    onError: failWith,
  });
  const all = posts.data?.posts ?? [];
  const roots = [
    ...all.filter((p) => !p.parentId && p.pinned),
    ...all.filter((p) => !p.parentId && !p.pinned),
  ];
  return (
    <section aria-labelledby="jury-thread">
      <h2 id="jury-thread">{jt("space.discussion")}</h2>
      <p className="hint">{jt("space.live")}</p>
      <ErrorSummary errors={errors} attempt={attempt} />
      <Composer
        slug={slug}
        parentId={null}
        label={jt("space.newPost")}
        submit={jt("space.send")}
        onDone={refresh}
        onError={failWith}
      />
      {roots.length === 0 ? <p>{jt("space.noPosts")}</p> : null}
      <ul className="thread">
        {roots.map((post) => (
          <li key={post.id}>
            <PostView post={post} onReact={(kind) => react.mutate({ post, kind })} />
            <ul>
              {all
                .filter((r) => r.parentId === post.id)
                .map((r) => (
                  <li key={r.id}>
                    <PostView post={r} onReact={(kind) => react.mutate({ post: r, kind })} />
                  </li>
                ))}
            </ul>
            {post.status === "visible" ? (
              <ReplyToggle slug={slug} post={post} onDone={refresh} onError={failWith} />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function PostView({ post, onReact }: { post: Post; onReact: (kind: Reaction) => void }) {
  const { jt, language } = useJt();
  return (
    <article className="card" aria-label={post.author}>
      <p>
        <strong>{post.summary ? jt("space.summary") : post.author}</strong>{" "}
        <small>{formatDateTime(post.createdAt, language)}</small>
        {post.pinned ? <> · {jt("space.pinned")}</> : null}
      </p>
      <p style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}>{post.body}</p>
      {post.status === "pending" ? <p className="hint">{jt("space.waiting")}</p> : null}
      {post.status === "visible" ? (
        <div className="button-row">
          {REACTIONS.map((kind) => (
            <button
              key={kind}
              type="button"
              aria-pressed={post.myReactions.includes(kind)}
              onClick={() => onReact(kind)}
            >
              {jt(`space.reactions.${kind}`)} {post.reactions[kind]}
            </button>
          ))}
        </div>
      ) : null}
    </article>
  );
}

function ReplyToggle({
  slug,
  post,
  onDone,
  onError,
}: {
  slug: string;
  post: Post;
  onDone: () => unknown;
  onError: (e: unknown) => void;
}) {
  const { jt } = useJt();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {jt("space.reply")}
      </button>
    );
  return (
    <Composer
      slug={slug}
      parentId={post.id}
      label={jt("space.replyTo")}
      submit={jt("space.sendReply")}
      onDone={() => {
        setOpen(false);
        return onDone();
      }}
      onError={onError}
    />
  );
}

function Composer(props: {
  slug: string;
  parentId: string | null;
  label: string;
  submit: string;
  onDone: () => unknown;
  onError: (e: unknown) => void;
}) {
  const [body, setBody] = useState("");
  const id = `compose-${props.parentId ?? "new"}`;
  const send = useMutation({
    mutationFn: () => juryEndpoints.post(props.slug, body, props.parentId),
    onSuccess: () => {
      setBody("");
      return props.onDone();
    },
    onError: props.onError,
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (body.trim()) send.mutate();
      }}
    >
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        maxLength={4000}
        rows={3}
      />
      <button type="submit" disabled={send.isPending}>
        {props.submit}
      </button>
    </form>
  );
}
