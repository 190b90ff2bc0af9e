export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

// Lower-case, from the top of public leaked-password lists. Entries under 4 characters are left out:
// they only matter as prefixes ("abc" + digits), where they would flag random digit strings as "common".
export const COMMON_PASSWORDS = [
  "123456", "password", "12345678", "qwerty", "123456789", "12345", "1234", "111111", "1234567", "dragon", "123123", "baseball", "abc123",
  "football", "monkey", "letmein", "696969", "shadow", "master", "666666", "qwertyuiop", "123321", "mustang", "1234567890", "michael",
  "654321", "superman", "1qaz2wsx", "7777777", "121212", "000000", "qazwsx", "123qwe", "killer", "trustno1", "jordan", "jennifer",
  "zxcvbnm", "asdfgh", "hunter", "buster", "soccer", "harley", "batman", "andrew", "tigger", "sunshine", "iloveyou", "2000", "charlie",
  "robert", "thomas", "hockey", "ranger", "daniel", "starwars", "klaster", "112233", "george", "computer", "michelle", "jessica", "pepper",
  "1111", "zxcvbn", "555555", "11111111", "131313", "freedom", "777777", "pass", "maggie", "159753", "aaaaaa", "ginger", "princess",
  "joshua", "cheese", "amanda", "summer", "love", "ashley", "nicole", "chelsea", "biteme", "matthew", "access", "yankees", "987654321",
  "dallas", "austin", "thunder", "taylor", "matrix", "william", "corvette", "hello", "martin", "heather", "secret", "merlin", "diamond",
  "1234qwer", "gfhjkm", "hammer", "silver", "222222", "88888888", "anthony", "justin", "test", "bailey", "q1w2e3r4t5", "patrick",
  "internet", "scooter", "orange", "11111", "golfer", "cookie", "richard", "samantha", "bigdog", "guitar", "jackson", "whatever", "mickey",
  "chicken", "sparky", "snoopy", "maverick", "phoenix", "camaro", "peanut", "morgan", "welcome", "falcon", "cowboy", "ferrari", "samsung",
  "andrea", "smokey", "steelers", "joseph", "mercedes", "dakota", "arsenal", "eagles", "melissa", "boomer", "booboo", "spider", "nascar",
  "monster", "tigers", "yellow", "xxxxxx", "123123123", "gateway", "marina", "diablo", "bulldog", "qwer1234", "compaq", "purple", "banana",
  "junior", "hannah", "123654", "porsche", "lakers", "iceman", "money", "cowboys", "987654", "london", "tennis", "999999", "ncc1701",
  "coffee", "scooby", "0000", "miller", "boston", "q1w2e3r4", "brandon", "yamaha", "chester", "mother", "forever", "johnny", "edward",
  "333333", "oliver", "redsox", "player", "nikita", "knight", "fender", "barney", "midnight", "please", "brandy", "chicago", "badboy",
  "slayer", "rangers", "charles", "angel", "flower", "bigdaddy", "rabbit", "wizard", "jasper", "enter", "rachel", "chris", "steven",
  "winner", "adidas", "victoria", "natasha", "1q2w3e4r", "jasmine", "winter", "prince", "marine", "ghbdtn", "fishing", "cocacola",
  "casper", "james", "232323", "raiders", "888888", "marlboro", "gandalf", "asdfasdf", "crystal", "87654321", "12344321", "golden",
  "8675309", "lovely", "hottie", "vampire", "sophie", "green", "blue", "black", "white", "purple1", "pink", "angels", "jupiter", "mercury",
  "saturn", "venus", "apple", "orange1", "banana1", "cherry", "lemon", "strawberry", "pumpkin", "peaches", "butterfly", "qwerty123",
  "qwerty1", "password1", "password123", "password12", "password1234", "passw0rd", "p@ssw0rd", "p@ssword", "pa55word", "pa$$word",
  "passwort", "motdepasse", "contraseña", "admin", "admin123", "administrator", "root", "toor", "guest", "user", "login", "default",
  "changeme", "letmein1", "welcome1", "welcome123", "iloveyou1", "iloveyou2", "princess1", "monkey1", "dragon1", "sunshine1", "football1",
  "baseball1", "shadow1", "master1", "superman1", "batman1", "michael1", "1q2w3e4r5t", "1q2w3e4r5t6y", "1q2w3e", "1qaz2wsx3edc",
  "zaq12wsx", "zaq1zaq1", "qazwsxedc", "qwe123", "qweqwe", "qweasd", "qweasdzxc", "asd123", "asdasd", "asdfghjkl", "asdf1234", "zxc123",
  "abc12345", "abcd1234", "abcdef", "abcdefg", "abcdefgh", "aa123456", "a123456", "a12345678", "123abc", "1a2b3c", "1a2b3c4d", "a1b2c3",
  "a1b2c3d4", "aaaaaaaa", "aaaaaaaaaa", "1111111111", "1234512345", "123456a", "123456q", "1234567a", "123456789a", "12345678910",
  "0123456789", "0987654321", "9876543210", "147258369", "147852369", "159357", "741852963", "789456123", "456789", "123654789", "147258",
  "258369", "369258147", "102030", "112233445566", "121314", "123654123", "159951", "222333", "246810", "321654", "369369", "456123",
  "654321a", "1qazxsw2", "2wsx3edc", "3edc4rfv", "1qaz1qaz", "q1w2e3", "qwer", "qwert", "qwerty12", "qwerty7", "azerty", "azertyuiop",
  "qwertz", "qwertzuiop", "asdfjkl", "zxcvbnm123", "mnbvcxz", "poiuytrewq", "lkjhgfdsa", "123qweasd", "1qw23e", "qwertyu", "trustme",
  "trust1", "letmein123", "letmeinnow", "iloveu", "iloveyou123", "loveme", "lovelove", "love123", "lover", "loveyou", "mylove", "ilove",
  "baby", "babygirl", "babyboy", "sweety", "sweetie", "sweetheart", "honey", "cutie", "cupcake", "angel1", "angela", "angelina",
  "beautiful", "blessed", "blessing", "believe", "faith", "jesus", "jesus1", "christ", "godisgood", "heaven", "destiny", "hope", "lucky",
  "lucky1", "magic", "money1", "cash", "dollar", "million", "freedom1", "liberty", "america", "canada", "london1", "paris", "texas",
  "florida", "california", "newyork", "chicago1", "boston1", "hawaii", "brazil", "mexico", "spain", "italia", "germany", "france",
  "russia", "moscow", "india", "china", "japan", "soccer1", "hockey1", "tennis1", "golf", "basketball", "volleyball", "skate", "surfer",
  "racing", "football12", "baseball12", "yankees1", "lakers1", "cowboys1", "steelers1", "redskins", "packers", "chelsea1", "arsenal1",
  "liverpool", "manchester", "barcelona", "juventus", "realmadrid", "pokemon", "pikachu", "naruto", "goku", "mario", "zelda", "minecraft",
  "fortnite", "roblox", "starwars1", "startrek", "spiderman", "ironman", "hulk", "thor", "captain", "avengers", "matrix1", "batman123",
  "superman123", "harrypotter", "hermione", "gryffindor", "hogwarts", "frodo", "skywalker", "vader", "yoda", "jedi", "sith", "ninja",
  "pirate", "zombie", "robot", "alien", "computer1", "internet1", "google", "yahoo", "hotmail", "facebook", "twitter", "myspace",
  "windows", "linux", "apple1", "iphone", "android", "samsung1", "nokia", "dell", "sony", "qwerty12345", "qwerty123456", "1234qwerty",
  "qwertyqwerty", "asdfqwer", "1234asdf", "summer1", "summer2020", "summer2021", "summer2022", "summer2023", "summer2024", "winter1",
  "spring", "autumn", "fall2023", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
  "december", "monday", "friday", "sunday", "michael12", "jordan23", "jordan1", "kobe24", "lebron23", "tiger", "nike", "adidas1", "puma",
  "jessica1", "ashley1", "nicole1", "amanda1", "jennifer1", "melissa1", "michelle1", "daniel1", "andrew1", "joshua1", "matthew1",
  "anthony1", "charlie1", "thomas1", "robert1", "william1", "david", "david1", "james1", "john", "johnny1", "jack", "jackie", "jake",
  "jason", "jason1", "justin1", "kevin", "kevin1", "brian", "ryan", "eric", "steve", "mark", "paul", "peter", "sarah", "sarah1", "emily",
  "emma", "olivia", "sophia", "isabella", "chloe", "lily", "hannah1", "jasmine1", "rebecca", "samantha1", "stephanie", "linda", "barbara",
  "elizabeth", "maria", "mariana", "monica", "veronica", "natalie", "nathan", "tyler", "zachary", "alexander", "alexandra", "alex",
  "alex123", "maxwell", "buddy", "buddy1", "bella", "bella1", "molly", "lucy", "daisy", "rocky", "rocky1", "duke", "lucky7", "shadow12",
  "tigger1", "snoopy1", "pepper1", "ginger1", "cookie1", "muffin", "cupcake1", "bubbles", "princesa", "tequiero", "teamo", "hola", "amor",
  "amore", "ciao", "bonjour", "hallo", "hallo123", "privet", "qwerty007", "007007", "james007", "bond007", "agent007", "killer1",
  "hunter1", "hunter2", "dragon123", "monkey123", "shadow123", "master123", "sunshine123", "princess123", "football123", "baseball123",
  "welcome12", "changeme123", "letmein12", "test123", "test1234", "testing", "testing123", "temp", "temp123", "temppass", "demo",
  "demo123", "sample", "hello123", "hello1", "helloworld", "hellokitty", "kitty", "kitten", "puppy", "doggy", "doggie", "doggy1",
  "secret1", "secret123", "private", "secure", "security", "password!", "passwordpassword", "mypassword", "mypass", "yourpassword",
  "newpassword", "oldpassword", "nopassword", "password2", "password3", "passpass", "pass123", "pass1234", "pass1", "passwd", "admin1",
  "admin1234", "admin12", "adminadmin", "administrator1", "root123", "rootroot", "super", "superuser", "sysadmin", "system", "manager",
  "oracle", "mysql", "postgres", "server", "network", "database", "webmaster", "website", "master12", "abc1234", "abcabc", "abcd", "abcde",
  "abcdefghi", "qazxsw", "wsxedc", "edcrfv", "1qaz", "2wsx", "3edc", "zxcv", "asdf", "qwer1", "xxxx", "xxxxxxxx", "zzzzzz", "aaaa",
  "aaaaa", "000000000", "00000000", "0000000000", "9999", "99999999", "999999999", "11111111111", "22222222", "33333333", "44444444",
  "55555555", "66666666", "77777777", "112233445", "123123123123", "1212", "121212121", "12121212", "1313", "131313131", "2020", "2021",
  "2022", "2023", "2024", "2025", "1990", "1991", "1992", "1993", "1994", "1995", "1996", "1997", "1998", "1999", "1980", "1985", "1987",
  "1989", "ferrari1", "porsche1", "mustang1", "corvette1", "camaro1", "harley1", "yamaha1", "honda", "mercedes1", "audi", "toyota",
  "nissan", "subaru", "chevy", "ford", "whatever1", "nothing", "something", "anything", "everything", "secret12", "letmein2", "trustno11",
  "iloveme", "myself", "yourself", "nobody", "somebody", "qwertyui", "qwertyuiop123", "asdfghjkl123", "zxcvbnm1", "1q2w3e4r5",
  "q1w2e3r4t5y6", "beer", "vodka", "whiskey", "tequila", "party", "party1", "fun1", "happy", "happy1", "smile", "sunny", "sunflower",
  "rainbow", "star", "stars", "starlight", "moonlight", "shine", "shiny", "silver1", "gold", "golden1", "diamond1", "platinum", "crystal1",
  "pearl", "ruby", "emerald", "ocean", "river", "mountain", "forest", "nature", "earth", "fire", "water", "wind", "storm", "thunder1",
  "lightning", "tornado", "hurricane", "blizzard", "snowball", "snowman", "chocolate", "vanilla", "caramel", "candy", "sugar", "pizza",
  "burger", "cheese1", "bacon", "coffee1", "cookies", "biscuit", "butter", "peanut1", "popcorn", "icecream", "school", "student",
  "teacher", "college", "university", "summer12", "lol123", "lmao", "haha", "hahaha", "hehe", "qwerty321", "asdf123", "zxcv123",
  "1234abcd", "abcd123",
] as const;

const COMMON = new Set<string>(COMMON_PASSWORDS);

// What people tack on to a common password to satisfy "add a number/symbol" rules.
const TACKED_ON = /[\d!@#$%^&*?.]$/;

// Runs that make "simple sequences"; digits repeat so wrap-arounds like "1234567890" match.
const SEQUENCES = ["01234567890123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm"].flatMap((s) => [
  s,
  [...s].reverse().join(""),
]);

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
const codePoints = (s: string) => [...s].length;

export function isCommonPassword(password: string): boolean {
  let candidate = password.toLowerCase();
  while (codePoints(candidate) >= 4) {
    if (COMMON.has(candidate)) return true;
    if (!TACKED_ON.test(candidate)) return false;
    candidate = candidate.slice(0, -1);
  }
  return false;
}

function isTrivial(password: string): boolean {
  const lower = password.toLowerCase();
  // One character or a short unit repeated: "aaaaaaaaaa", "abcabcabcabc".
  if (/^(.{1,4})\1+$/su.test(lower)) return true;
  return SEQUENCES.some((seq) => seq.includes(lower));
}

/** The email's local part and the name, whole, without separators, and word by word; only parts of 4+ characters. */
function personalParts(context: { email?: string; name?: string }): string[] {
  const email = context.email ?? "";
  const local = email.includes("@") ? email.slice(0, email.lastIndexOf("@")) : email;
  return [local, context.name ?? ""].flatMap((source) => {
    const folded = fold(source).trim();
    return [folded, folded.replace(/[^\p{L}\p{N}]+/gu, ""), ...folded.split(/[^\p{L}\p{N}]+/u)].filter((p) => codePoints(p) >= 4);
  });
}

/** null when acceptable, else one sentence to show the user. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  const length = codePoints(password);
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  const folded = fold(password);
  if (personalParts(context).some((part) => folded.includes(part))) return "Don't use your name or email address in your password.";
  if (isTrivial(password)) return "Don't use a repeated character or a simple sequence like 1234 or abcd.";
  if (isCommonPassword(password)) return "This password is too common: choose something less guessable.";
  return null;
}
