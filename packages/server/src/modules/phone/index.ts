// The phone module's public surface: its tables, and for reports' brief of a campaign the
// campaign, its dashboard figures and the answers its calls stored.
export { findCampaign } from "./campaigns.js";
export { campaignAnswers, campaignDashboard } from "./dashboard.js";
export { phoneCalls, phoneCampaigns, phoneNumbers } from "./schema.js";
