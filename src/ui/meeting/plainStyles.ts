/** Fluent's look for the few controls every agenda item repeats, on plain elements: a meeting of 50 items renders
 *  hundreds of them, and Fluent's components cost hooks and style merging each, where a class name does the same. */
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** Classes for links, a subtle small disclosure button, a tint badge and a Subtitle2 heading (Fluent's tokens and values). */
export const usePlainStyles = makeStyles({
  // Fluent Link: brand colour, underline on hover/press, a double underline as the keyboard focus indicator.
  link: {
    color: tokens.colorBrandForegroundLink,
    cursor: "pointer",
    textDecorationLine: "none",
    textDecorationThickness: tokens.strokeWidthThin,
    ":hover": { textDecorationLine: "underline", color: tokens.colorBrandForegroundLinkHover },
    ":active": { textDecorationLine: "underline", color: tokens.colorBrandForegroundLinkPressed },
    ":focus-visible": {
      outlineStyle: "none",
      textDecorationLine: "underline",
      textDecorationStyle: "double",
      textDecorationColor: tokens.colorStrokeFocus2,
    },
  },
  // Fluent Button, appearance "subtle", size "small".
  disclosure: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    boxSizing: "border-box",
    minHeight: "24px",
    margin: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    ...shorthands.border(tokens.strokeWidthThin, "solid", "transparent"),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightRegular,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ":hover:active": { backgroundColor: tokens.colorSubtleBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: "1px",
    },
  },
  // Fluent Badge, appearance "tint", colour "informative", size "medium".
  badge: {
    display: "inline-flex",
    alignItems: "center",
    boxSizing: "border-box",
    height: "20px",
    minWidth: "20px",
    padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Fluent Subtitle2.
  subtitle: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});
