/** localStorage key of the theme the reader chose ("dark" or "light"). */
export const themeKey = 'pa-theme';

/** localStorage key of the language the reader chose with the switcher. */
export const langKey = 'pa-lang';
