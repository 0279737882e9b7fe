import CodeBlock from './CodeBlock.astro';
import ExplainLink from './ExplainLink.astro';
import Figure from './Figure.astro';
import Port from './Port.astro';
import Question from './Question.astro';
import Quiz from './Quiz.astro';
import Table from './Table.astro';

/** Components available in every lesson without an import. */
export const mdxComponents = { pre: CodeBlock, table: Table, ExplainLink, Figure, Port, Question, Quiz };
