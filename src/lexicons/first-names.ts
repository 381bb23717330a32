/**
 * First names that say whether a `he` or a `she` can stand for a person, when the article itself
 * says nothing (no `Mr.`/`Mrs.`, no `Clinton said she …`): common given names of English-language
 * news, written by slant's team. Names borne by men and women alike (`Pat`, `Jordan`, `Kelly`,
 * `Robin`, `Dana`, `Leslie`, `Jamie`, `Kim`, `Morgan`, `Lee`, `Terry`, `Shannon`) are left out: a
 * wrong gender hides the right referent.
 */
import { lookupTable } from '../records.js';

const HE = [
  'aaron', 'abdullah', 'adam', 'adrian', 'ahmed', 'al', 'alan', 'albert', 'alex', 'alexander', 'alexei', 'ali',
  'andre', 'andrew', 'andy', 'angus', 'anthony', 'antonio', 'arnold', 'arthur', 'barack', 'barry', 'ben', 'benjamin',
  'bernard', 'bernie', 'bill', 'billy', 'blake', 'bob', 'bobby', 'boris', 'brad', 'brandon', 'brett', 'brian',
  'bruce', 'bryan', 'cal', 'calvin', 'carl', 'carlos', 'carter', 'cecil', 'chad', 'charles', 'charlie',
  'chris', 'christian', 'christopher', 'chuck', 'clarence', 'clint', 'colin', 'connor', 'corey', 'cory', 'craig',
  'curtis', 'dan', 'daniel', 'danny', 'darrell', 'darren', 'dave', 'david', 'dean', 'dennis', 'derek',
  'devin', 'dick', 'dmitry', 'dominic', 'don', 'donald', 'donnie', 'doug', 'douglas', 'drew', 'duncan', 'dustin',
  'dylan', 'earl', 'ed', 'eddie', 'edward', 'edwin', 'elijah', 'elliot', 'elon', 'emmanuel', 'eric', 'ethan',
  'eugene', 'evan', 'felix', 'floyd', 'francis', 'frank', 'franklin', 'fred', 'gabriel', 'gary', 'gavin', 'gene',
  'geoffrey', 'george', 'gerald', 'gordon', 'graham', 'grant', 'greg', 'gregory', 'gus', 'hakeem', 'hal', 'hank',
  'harold', 'harry', 'harvey', 'hassan', 'henry', 'herbert', 'howard', 'hugh', 'hunter', 'ian', 'ibrahim', 'isaac',
  'ivan', 'jack', 'jacob', 'james', 'jared', 'jason', 'javier', 'jay', 'jeb', 'jeff', 'jeffrey', 'jeremy', 'jerome',
  'jerry', 'jesus', 'jim', 'jimmy', 'joe', 'joel', 'john', 'johnny', 'jon', 'jonathan', 'jorge', 'jose',
  'joseph', 'josh', 'juan', 'julian', 'justin', 'keith', 'ken', 'kenneth', 'kevin', 'kirk', 'kurt', 'kyle', 'lamar',
  'lance', 'larry', 'lawrence', 'leo', 'leon', 'lindsey', 'lloyd', 'lou', 'louis', 'lucas', 'luis', 'luke',
  'malcolm', 'manuel', 'marc', 'marco', 'marcus', 'mario', 'mark', 'marshall', 'martin', 'marvin', 'matt', 'matthew',
  'max', 'maxwell', 'mel', 'michael', 'miguel', 'mike', 'mitch', 'mitt', 'mohammad', 'mohammed', 'moses',
  'muhammad', 'nathan', 'nathaniel', 'ned', 'neil', 'newt', 'nicholas', 'nick', 'nigel', 'noah', 'norman', 'oliver',
  'omar', 'oscar', 'owen', 'patrick', 'paul', 'pedro', 'pete', 'peter', 'phil', 'philip', 'preston', 'rafael',
  'ralph', 'rand', 'randy', 'ray', 'raymond', 'reggie', 'reince', 'rex', 'ricardo', 'richard', 'rick', 'rob',
  'robert', 'rocco', 'rodney', 'roger', 'roland', 'ron', 'ronald', 'ross', 'roy', 'rudy', 'rupert', 'russ',
  'russell', 'ryan', 'salman', 'sam', 'samuel', 'saul', 'scott', 'sean', 'sergei', 'seth', 'shane', 'sheldon',
  'simon', 'spencer', 'stan', 'stanley', 'stephen', 'steve', 'steven', 'stuart', 'ted', 'theodore',
  'thomas', 'tim', 'timothy', 'tobias', 'todd', 'tom', 'tony', 'travis', 'trey', 'troy', 'tucker', 'tyler', 'vernon',
  'victor', 'vince', 'vincent', 'vladimir', 'wade', 'walter', 'warren', 'wayne', 'wesley', 'wilbur', 'will',
  'william', 'willie', 'wilson', 'xi', 'yuri', 'zach', 'zachary',
];

const SHE = [
  'abby', 'abigail', 'ada', 'adriana', 'agnes', 'aileen', 'alexandra', 'alexandria', 'alice', 'alicia', 'alison',
  'allison', 'alyssa', 'amanda', 'amelia', 'amy', 'andrea', 'angela', 'angie', 'anita', 'ann', 'anna', 'anne',
  'annie', 'april', 'ashley', 'audrey', 'ava', 'barbara', 'beth', 'bethany', 'betsy', 'betty', 'beverly', 'brenda',
  'brianna', 'bridget', 'brittany', 'camila', 'candace', 'carla', 'carly', 'carmen', 'carol', 'caroline', 'carolyn',
  'catherine', 'cathy', 'cecilia', 'charlotte', 'chelsea', 'cheryl', 'christina', 'christine', 'cindy', 'claire',
  'claudia', 'colleen', 'condoleezza', 'constance', 'courtney', 'crystal', 'cynthia', 'daisy', 'danielle', 'daphne',
  'dawn', 'debbie', 'deborah', 'debra', 'delia', 'denise', 'diana', 'diane', 'dolores', 'donna', 'dorothy', 'eileen',
  'elaine', 'eleanor', 'elena', 'elisa', 'elise', 'eliza', 'elizabeth', 'ella', 'ellen', 'elsa', 'emily', 'emma',
  'erica', 'erin', 'esther', 'eva', 'evelyn', 'faith', 'fiona', 'frances', 'gabriela', 'gabriella', 'gina', 'gloria',
  'grace', 'greta', 'gwen', 'hannah', 'harriet', 'heather', 'heidi', 'helen', 'hillary', 'holly', 'huma', 'ilhan',
  'irene', 'iris', 'isabel', 'isabella', 'ivanka', 'jacqueline', 'jane', 'janet', 'jeanette', 'jeanne',
  'jenna', 'jennifer', 'jenny', 'jessica', 'jill', 'joan', 'joanna', 'jocelyn', 'joni', 'josephine', 'joy', 'joyce',
  'judith', 'judy', 'julia', 'julie', 'juliet', 'june', 'kamala', 'kara', 'karen', 'karin', 'kate', 'katharine',
  'katherine', 'kathleen', 'kathryn', 'kathy', 'katie', 'kayla', 'kellyanne', 'kirsten', 'kristen', 'kristin',
  'krysten', 'lara', 'latoya', 'laura', 'lauren', 'leah', 'lena', 'lily', 'linda', 'lisa', 'liz', 'lois', 'loretta',
  'lori', 'lorraine', 'louise', 'lucy', 'lydia', 'mackenzie', 'madeleine', 'maggie', 'mandy', 'marcia',
  'margaret', 'maria', 'marianne', 'marie', 'marina', 'marjorie', 'marsha', 'marta', 'martha', 'mary', 'maureen',
  'maxine', 'megan', 'meghan', 'megyn', 'melania', 'melanie', 'melissa', 'meredith', 'mia', 'michele', 'michelle',
  'miranda', 'molly', 'monica', 'nadia', 'nancy', 'naomi', 'natalie', 'natasha', 'nicole', 'nikki', 'nina', 'nora',
  'olivia', 'pamela', 'patricia', 'patty', 'paula', 'penny', 'phyllis', 'priscilla', 'rachael', 'rachel', 'ramona',
  'rebecca', 'regina', 'renee', 'rita', 'roberta', 'rosa', 'rose', 'rosemary', 'roxanne', 'ruth', 'sabrina', 'sally',
  'samantha', 'sandra', 'sara', 'sarah', 'serena', 'sharon', 'sheila', 'sheryl', 'shirley',
  'silvia', 'sonia', 'sophia', 'sophie', 'stacey', 'stephanie', 'susan', 'susana', 'suzanne', 'sylvia', 'tammy',
  'tanya', 'tara', 'teresa', 'theresa', 'tina', 'tracy', 'tulsi', 'ursula', 'valerie', 'vanessa', 'vera', 'veronica',
  'vicki', 'victoria', 'virginia', 'vivian', 'wendy', 'whitney', 'yvonne', 'zoe',
];

/** Lower-cased first name → the pronoun that stands for its bearer. */
export const FIRST_NAMES: Readonly<Record<string, 'he' | 'she'>> = lookupTable(
  Object.fromEntries([...HE.map((n) => [n, 'he'] as const), ...SHE.map((n) => [n, 'she'] as const)]),
);
