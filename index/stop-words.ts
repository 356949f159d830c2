/** @module English stop words: function words that carry no meaning for retrieval. */

const FUNCTION_WORDS = `a about above after again against all am an and any are aren't as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how
i if in into is it its itself just let me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours yourself yourselves s t
also says said say tell me please according`;

/**
 * Contractions as the tokenizer sees them, apostrophe dropped ("they're" → "theyre"): function words too. Only
 * those that spell no other word ("we'd", "she'll", "it'd" are left out for "wed", "shell", "itd").
 */
const CONTRACTIONS = `theyre youre thats theres whats whos heres isnt arent wasnt werent dont doesnt didnt wont cant couldnt wouldnt
shouldnt hasnt havent hadnt im ive youve weve theyve youd theyd youll theyll`;

export const ENGLISH_STOP_WORDS = new Set(`${FUNCTION_WORDS}\n${CONTRACTIONS}`.split(/\s+/));
