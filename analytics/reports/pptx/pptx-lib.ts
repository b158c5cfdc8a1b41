/**
 * pptxgenjs, whichever way the module system hands it over: its type declarations describe a
 * CommonJS `default` export while Node's ESM loader gives the class itself.
 */
import pptxgen from 'pptxgenjs';

type Ctor = typeof pptxgen.default;

/** The presentation class. */
export const Presentation: Ctor = ((pptxgen as unknown as { default?: Ctor }).default ?? pptxgen) as Ctor;

/** A presentation. */
export type Presentation = InstanceType<Ctor>;

/** A slide of a presentation. */
export type Slide = ReturnType<Presentation['addSlide']>;
