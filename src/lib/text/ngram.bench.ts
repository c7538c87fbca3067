import { bench, describe } from 'vitest';
import { LESSON_TEXTS } from '~/components/lesson-texts';
import { nllByOrder, trainNgramModel } from './ngram';
import { sampleText } from './sample';

const { train, test } = LESSON_TEXTS;
const model = trainNgramModel(train, test);
let k = 0;

describe(`text model on the lesson's texts (${train.length} + ${test.length} UTF-16 units)`, () => {
  bench('train all 8 orders and evaluate train + test NLL at every order', () => {
    nllByOrder(trainNgramModel(train, test), 0.01);
  });
  bench('a change of k: train + test NLL at every order from the kept counts', () => {
    k = (k + 0.37) % 10;
    nllByOrder(model, k);
  });
  bench('sample 300 characters at n = 4', () => {
    sampleText(model, 4, 0.01, 1, 300);
  });
});
