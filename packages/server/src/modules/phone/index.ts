// The phone module's public surface: its tables (reports' brief of a campaign, later).
export { phoneCalls, phoneCampaigns, phoneNumbers } from "./schema.js";
