"""Twentieth held-out split, test20 (calls en-b41..en-b80) against `en-saas-demo`: wording written fresh.

Same rules and intent as dialogues_test20_ru.py: test20 is one more batch
nobody has scored, kept back (in eval_alignment's UNSCORED) for whoever
measures a later change to the alignment, once. No line scores >= 90
(rapidfuzz ratio, make_corpus.py check) against a script phrase, a train/test
line of dialogues_en.py or a line of the dev, dev2, test2 .. test19 modules;
operator lines keep some key words of their stage; written without looking at
callqa's outcome cue lists or its outcome/alignment code. Client personas
other than test2..test19: a lighthouse museum on a windy cape (the foghorn in
the mist), a petting farm at feeding time, a Christmas tree farm in the
December rush (chainsaws), a granite quarry with its blasting siren and
trucks on the weighbridge, a heritage steam railway run by volunteers (the
engine's whistle) and a travelling circus during rehearsal.
Agreements come as "Alright then, put the lighthouse on it and invoice the
museum trust" or "The quarry's in, send the agreement, the manager signs on
Monday"; meetings are booked at the lighthouse on a Thursday at nine before
the first tour, at the farm after the evening feed, over video on a Wednesday
at two, at the quarry office in the Thursday lunch break, or in the big top on
a Friday morning before rehearsal; callbacks wait for the tree season to end
(the tenth of January), the museum to close for the winter in October, the
goats' kidding, the manager back from a trip, or the circus back from its tour
in March; refusals come from a body that buys only through tenders, a client
whom a colleague of the operator has already called, volunteers who won't
learn anything new, a plain "nothing personal, but it's not for us", or a
board that has frozen all new spending; hang-ups from a goat in the ticket
booth, the blasting siren, someone stuck on the lighthouse stairs or a tree
fallen on a car. Operators acknowledge outcomes and say goodbye in words not
used before.

`CLOSING_FOR` pairs a sale / meeting answer with a closing that offered it:
0, 1 a demo (0 in person); 2, 3 the contract / sign-up; 4 a free trial, then a call.
"""

from dialogues_en import (COMPANY, LANGUAGE, OPERATOR_NAMES, OPTIONAL, PROGRESS, ROLES,  # noqa: F401
                          SCRIPT, SLIPS, STAGES)

OPERATOR = {
    "greeting": [
        "Hi there, you're speaking with {name}, I work for {company}.",
        "Afternoon! {name} here, ringing on behalf of {company}, the rota app.",
        "Hello, my name's {name}, and I'm with {company}, we make staff scheduling simpler.",
        "Good morning, I hope I'm not interrupting, {name} calling from {company}.",
        "Hiya, {name} speaking, from {company}. Have I got the right person for the staff rota?",
    ],
    "permission": [
        "Can I borrow a couple of minutes, or is this a bad moment?",
        "Would you be alright to chat for two minutes?",
        "Are you okay to talk, or shall I try you later?",
        "Do you have a spare minute, or are you in the thick of it?",
        "I promise I'll keep it short, is that okay?",
    ],
    "discovery": [
        "So how do you work out who's on shift each week right now?",
        "Roughly how many people do you need to schedule?",
        "When you sit down to plan the shifts, what part eats up the most time?",
        "When someone calls in sick at the last minute, what happens?",
        "Are your shifts on a whiteboard, in Excel, or in some app?",
    ],
    "presentation": [
        "{company} looks at who's free and builds the rota on its own.",
        "Staff trade shifts with each other on their phones, and you just tap to okay it.",
        "Timesheets are done for you, the hours go straight across to payroll.",
        "Tell it your rules once, like who can open up, and it sticks to them every week.",
        "If a shift is left uncovered, it flags it before anyone notices.",
    ],
    "social_proof": [
        "A bakery chain that uses us says the rota takes ten minutes now, not an afternoon.",
        "One of our clients, a theme park, cut overtime by about a fifth.",
        "A group of dental practices dropped their spreadsheets completely within a month.",
        "Teams of around twenty usually get back half a day a week.",
        "A cinema chain saw no-shows fall sharply after the first few weeks.",
    ],
    "pricing": [
        "The cost is four dollars a month for each person on it.",
        "There's no charge at all for the first month.",
        "Sign up for twelve months and we drop the price by fifteen percent.",
        "Four dollars a head per month, and that covers everything.",
        "First month free, then it's four dollars a user.",
    ],
    "closing": [
        # 0, 1: a demo (0 in person); 2, 3: the contract / sign-up; 4: a free trial, then a call
        "I'd be happy to come out and show you on site, what day works?",
        "Can we set up a quick video demo, say Wednesday afternoon?",
        "If you're happy, I'll email the agreement and get your account live today.",
        "Shall I send the sign-up details now, so your team can start on Monday?",
        "Why not take a free two-week trial, and I'll check in with you at the end of it?",
    ],
    "farewell": [
        "I'm grateful for your time, enjoy what's left of the day.",
        "Right, I'll leave you to it, cheers.",
        "Much appreciated, bye bye.",
        "Thank you, I'll be in touch, goodbye then.",
        "Take it easy, and thanks for hearing me out.",
    ],
}
# which closings a client's sale / meeting answer follows (indices into OPERATOR["closing"])
CLOSING_FOR = {"sale": (2, 3), "meeting": (0, 1)}

CLIENT = {
    "greeting": ["Lighthouse museum, hello, sorry, it's blowing a gale up here.",
                 "Petting farm, hi, it's feeding time, so bear with me.",
                 "Christmas tree farm, hello, mind the chainsaws.",
                 "Quarry office, who's calling?",
                 "Steam railway, hello, the engine's just getting up steam."],
    "permission": ["Go ahead, the tour group's still climbing the stairs.",
                   "Sure, the goats have been fed, I've a few minutes.",
                   "Be quick, the blasting siren goes at noon.",
                   "Okay, the next train isn't for forty minutes.",
                   "Fine, but rehearsal starts in five."],
    "discovery": ["Eight guides, mostly retired, and they all want weekends off.",
                  "Six keepers and a load of weekend volunteers, it's chaos on a Saturday.",
                  "In December we take on twenty extra cutters and sellers, it's a scramble.",
                  "Three shifts of drivers and crusher operators, all on a paper sheet in the canteen.",
                  "Volunteer drivers and firemen, we email round and hope enough say yes."],
    "presentation": ["Will the volunteers manage it? Some of them are eighty.",
                     "We've hardly any signal out in the plantation, does it still work?",
                     "Sorry, the siren was going, can you repeat that?",
                     "Can it handle the drivers needing eleven hours rest between shifts?",
                     "We're touring, a different town every week, does that matter?"],
    "social_proof": ["A bakery? We're a lighthouse, it's hardly the same.",
                     "A fifth, really? I'd want to see that.",
                     "Dentists work nine to five, we don't.",
                     "Has any petting farm actually used it?",
                     "I'd rather hear it from one of those customers directly."],
    "pricing": ["Do we pay four dollars for volunteers who only come in once a month?",
                "We only need it six weeks a year, is there a seasonal option?",
                "Is the free month automatic, or do I have to cancel?",
                "Can the museum trust pay by invoice?",
                "Four a head, that's not bad at all."],
    "closing": ["Is there a simple guide our volunteers can follow?",
                "If we stop after the season, do we lose everything?",
                "Will it talk to the payroll company we use?"],
    "farewell": ["Bye, the next tour's waiting.", "Got to go, the goats are out of hay.",
                 "Cheers, there's a queue for trees.", "Bye, a lorry's on the weighbridge.",
                 "There goes the whistle, I'm off."],
}

OBJECTIONS = {
    "price": ["We're a charity museum, every penny's spoken for.",
              "Feed prices have doubled, no money for extras.",
              "Diesel eats everything, there's nothing left over.",
              "Till we've sold the trees, the till's empty."],
    "timing": ["It's December, we're flat out cutting trees.",
               "Peak season, tours every hour, I can't think about it.",
               "We're packing up to go on tour, maybe some other time.",
               "The engine's in for overhaul, everyone's needed in the shed."],
    "competitor": ["The heritage trust gave us its own volunteer system, we have to use that.",
                   "The weighbridge software does our driver logs, that's enough.",
                   "Our payroll firm has a rota add-on, we use that.",
                   "We've got a free app from the feed supplier, it does shifts too."],
    "no_need": ["There's three of us, we just agree it over tea.",
                "The trees grow by themselves, we only need people in December.",
                "Our rota's the same every week, it never changes.",
                "The crew live on site together, they just sort it out."],
}
HANDLING = {
    "price": ["Try it the first month for nothing and decide after.",
              "One uncovered shift in December costs more than a year of this.",
              "Go for a full year and fifteen percent stays in your pocket.",
              "No hardware to buy, everyone uses their own phone."],
    "timing": ["Understood, I'll keep it to the essentials.",
               "We'll set everything up for you, you won't lift a finger.",
               "We can start in January when things calm down.",
               "I can email you a short clip to look at on your tea break."],
    "competitor": ["You can keep that, we'll feed the hours into it.",
                   "The weighbridge logs loads, we plan who's on which shift, they sit side by side.",
                   "Payroll add-ons pay people, we plan who works, it's a different job.",
                   "What's missing from the app you've got, if you don't mind me asking?"],
    "no_need": ["Three of you now, but what about the extra hands in the busy season?",
                "Same rota every week until someone's off sick, then what?",
                "Small teams are set up in an hour, it's painless.",
                "Okay, I won't push it, keep my number just in case."],
}
AFTER_HANDLING = ["Mm, that's reasonable.", "Huh, never thought of it that way.", "Okay, go on then.",
                  "Okay, that makes some sense.", "That would save me a few phone calls, true."]

OUTCOME_CLIENT = {
    "sale": ["Alright then, put the lighthouse on it and invoice the museum trust.",
             "Okay, sign the farm up, we'll pay when the bill comes.",
             "Let's do it for the tree season, send me the link and I'll register tonight.",
             "The quarry's in, send the agreement, the manager signs on Monday.",
             "Go on, set up all three, the station, the shed and the shop."],
    "meeting": ["Come to the lighthouse Thursday at nine, before the first tour.",
                "Come by after the evening feed, about six, here at the farm.",
                "A video call Wednesday at two works for me.",
                "Come to the quarry office Thursday at noon, in the lunch break.",
                "Drop by the big top Friday morning before rehearsal."],
    "callback": ["Ring me after Christmas, around the tenth of January.",
                 "Give me a call in October, when the museum closes for winter.",
                 "Try again in a month, the goats are kidding and it's mad here.",
                 "Phone next week, the manager's back from his trip by then.",
                 "We're off on tour, call me in March."],
    "refusal": ["No, everything goes out to tender here, I can't just buy it.",
                "Your colleague called last week, the answer's still no.",
                "The volunteers won't learn anything new, so no thanks.",
                "Nothing personal, but it's not for us.",
                "No, the board's frozen all new spending this year."],
}
OUTCOME_OPERATOR = {
    "sale": ["Brilliant, I'll send the agreement today and switch you on once it's paid.",
             "Thanks for trusting us, a specialist will call tomorrow to set it up.",
             "Perfect, once I've got your details I'll start the paperwork."],
    "meeting": ["Done, I'll send a confirmation and be there on time.",
                "Lovely, it's booked, I'll message you the day before.",
                "Noted, I'll bring examples that fit your team."],
    "callback": ["Sure thing, it's in my calendar, I'll call you then.",
                 "That's fine, I won't bother you before then.",
                 "No problem, we'll talk when it suits you."],
    "refusal": ["Alright, thanks for being honest, I won't call again.",
                "Understood, I'll let you get on, good luck.",
                "That's a pity, but I respect it, cheerio."],
}
VAGUE_CLIENT = ["Honestly, I couldn't tell you, time will tell.",
                "Sounds alright, but I'm sitting on the fence.",
                "Perhaps further down the line, who can say.",
                "I can't say yes or no at the moment."]
HANGUP_CLIENT = ["A goat's got into the ticket booth, I have to go!",
                 "That's the blasting siren, I need to take cover, bye!",
                 "Someone's stuck on the lighthouse stairs, got to go!",
                 "A tree's just fallen on a car, I can't talk!"]
HOLD_START = ["Hold on, I need to move a goat off the counter.", "One second, a truck's on the weighbridge.",
              "Wait a moment, a customer's picking a tree."]
HOLD_END = ["Okay, I'm here, carry on.", "Right, sorted, I'm listening.",
            "Sorry for the wait, go ahead."]
LINE_CHECK = [("Hello? Your voice keeps fading, are you still with me?",
               "Yes, that's the foghorn, it's misty today."),
              ("There's a lot of rumbling, can you hear me?",
               "I can, a dumper truck is tipping its load."),
              ("The line keeps dropping, did you catch any of that?",
               "Just about, the signal's poor in the woods.")]
