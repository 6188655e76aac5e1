// @kuulo/sortition: fair stratified selection of resident panels.
export const SORTITION_PACKAGE = "@kuulo/sortition";
