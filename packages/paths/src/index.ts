// @kuulo/paths: pure path and URL checks shared by the server and the web app.
export { safeReturnTo } from "./return-to.js";
