import { and, eq } from "drizzle-orm";
import type { ActivitySource } from "../define.js";
import { conversationPath } from "./links.js";
import { conversations } from "./schema.js";
import { conversationState } from "./service.js";

/** Open public conversations, for the organization's landing page. */
export const openConversations: ActivitySource = async (db, options) => {
  const rows = await db
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.organizationId, options.organizationId),
        eq(conversations.visibility, "public"),
      ),
    );
  return rows
    .filter((c) => conversationState(c) === "open")
    .map((c) => ({
      id: c.id,
      kind: "conversation" as const,
      title: c.title,
      url: conversationPath(options.slug, c.publicId),
      closesAt: c.closesAt,
    }));
};
