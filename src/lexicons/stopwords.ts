/**
 * Function words left out when slant compares what articles say (story grouping, distinctive
 * wording, omissions): they carry grammar, not content.
 *
 * Source: written for slant: English articles, pronouns, auxiliaries, prepositions,
 * conjunctions, and the reporting verbs every article uses (`said`, `told`). License: MIT, as slant.
 * Keys are lower-case words without punctuation.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'among', 'an', 'and', 'any', 'are', 'around',
  'as', 'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', 'could',
  'did', 'do', 'does', 'doing', 'down', 'during', 'each', 'either', 'even', 'ever', 'every', 'few', 'for', 'from',
  'further', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how',
  'however', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'itself', 'just', 'least', 'less', 'like', 'many', 'may',
  'me', 'might', 'more', 'most', 'much', 'must', 'my', 'myself', 'neither', 'no', 'nor', 'not', 'now', 'of', 'off',
  'often', 'on', 'once', 'one', 'only', 'or', 'other', 'others', 'our', 'ours', 'ourselves', 'out', 'over', 'own',
  'per', 'rather', 'same', 'shall', 'she', 'should', 'since', 'so', 'some', 'still', 'such', 'than', 'that', 'the',
  'their', 'theirs', 'them', 'themselves', 'then', 'there', 'these', 'they', 'this', 'those', 'though', 'through',
  'thus', 'to', 'too', 'under', 'until', 'up', 'upon', 'us', 'very', 'was', 'we', 'were', 'what', 'when', 'where',
  'whether', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will', 'with', 'within', 'without', 'would', 'yet',
  'you', 'your', 'yours', 'yourself', 'said', 'says', 'say', 'told', 'tell', 'according', 'added', 'mr', 'mrs', 'ms',
  'new', 'news', 'year', 'years', 'last', 'week', 'day', 'days', 'time', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'get', 'got', 'make', 'made', 'go', 'went', 'going', 'well', 'back',
  'let', 'put', 'set', 'take', 'took', 'see', 'seen', 'way', 'including', 'include',
  'another', 'several', 'along', 'already', 'across', 'toward', 'towards', 'via', 'although',
]);
