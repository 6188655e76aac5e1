// @kuulo/text: open-text analysis for Finnish, Swedish and English.
export const TEXT_PACKAGE = "@kuulo/text";
