"""Twenty-fifth held-out split, test25 (calls en-l41..en-l80) against `en-saas-demo`: wording written fresh.

Same rules and intent as dialogues_test25_ru.py: test25 is one more batch
nobody has scored, kept back (in eval_alignment's UNSCORED, beside test24) for
whoever measures a later change to the alignment, once. No line scores >= 90
(rapidfuzz ratio, make_corpus.py check) against a script phrase, a train/test
line of dialogues_en.py or a line of the dev, dev2, test2 .. test24 modules;
operator lines keep some key words of their stage; written without looking at
callqa's outcome cue lists or its outcome/alignment code. Client personas
other than test2..test24: a stained-glass studio, a husky kennel that runs
sled rides, a tea farm on a hillside, a scuba-diving centre, and a
tyre-fitting garage.

`CLOSING_FOR` pairs a sale / meeting answer with a closing that offered it:
0, 1 a demo (0 in person); 2, 3 the contract / sign-up; 4 a free trial, then a call.
"""

from dialogues_en import (COMPANY, LANGUAGE, OPERATOR_NAMES, OPTIONAL, PROGRESS, ROLES,  # noqa: F401
                          SCRIPT, SLIPS, STAGES)

OPERATOR = {
    "greeting": [
        "Hiya, {name} at this end, ringing about {company} and your staff rotas.",
        "Hey, good morning, {name} with the {company} team.",
        "Hi, {name} speaking, I work at {company}, the shift scheduling people.",
        "Afternoon! {name} from the folks at {company}.",
        "Hi, you're talking to {name}, I'm ringing from {company}.",
    ],
    "permission": [
        "Is now alright, or are you up to your neck in it?",
        "Mind if I steal sixty seconds?",
        "Am I interrupting anything, or is a quick word okay?",
        "Any chance of two minutes of your attention?",
        "Would now work for a really short conversation?",
    ],
    "discovery": [
        "How are shifts handed out right now, who does the rota?",
        "How many names end up on a typical week's rota?",
        "What usually breaks when someone can't make their shift?",
        "Do you build the schedule in Excel, on a whiteboard, or something else?",
        "Where does rota planning go wrong most often for you?",
    ],
    "presentation": [
        "Staff mark when they can work, and {company} lays out the week around that.",
        "Staff trade shifts on their phones, and you just approve the swap.",
        "Hours go straight to payroll, no more timesheets to type up.",
        "You tell it your rules once, and every week's schedule follows them.",
        "If a shift goes empty, the app pings whoever's available to fill it.",
    ],
    "social_proof": [
        "A chain of garden centres told us they halved the time spent on rotas.",
        "One ambulance service we work with saw overtime drop in the first month.",
        "A ski school went from three spreadsheets to none in a fortnight.",
        "A group of hotels cut no-shows by about a quarter.",
        "Outfits about your size tell us their Sunday evenings are theirs again.",
    ],
    "pricing": [
        "You pay four dollars for every staff member, billed monthly.",
        "Your first month is on us, completely free.",
        "Commit to a year before the quarter's out and fifteen percent comes off.",
        "For a dozen people that's about forty-eight dollars a month.",
        "Just four dollars a head, no setup fee, cancel any time.",
    ],
    "closing": [
        # 0, 1: a demo (0 in person, 1 over video); 2, 3: the contract / sign-up; 4: a free trial, then a call
        "I'd be happy to pop over and walk you through it in person, what day works?",
        "How about a twenty-minute video demo, say later this week?",
        "Shall I send the contract over today and get you started Monday?",
        "I can set up your account right now, while we're talking, shall I?",
        "Let me open a free two-week trial, and I'll phone you when it ends, okay?",
    ],
    "farewell": [
        "Cheers for listening, good luck this week.",
        "Appreciate you listening, enjoy the rest of your day.",
        "Okay, I'll let you get back to work, cheers.",
        "Good to speak with you, bye for today.",
        "Many thanks, take it easy.",
    ],
}
# which closings a client's sale / meeting answer follows (indices into OPERATOR["closing"])
CLOSING_FOR = {"sale": (2, 3), "meeting": (0, 1)}

CLIENT = {
    "greeting": ["Stained glass studio, hello?",
                 "Husky kennels, sorry about the howling, hello.",
                 "Tea farm, hello, you're on speaker.",
                 "Dive centre, good morning.",
                 "Tyre shop, yeah, go on."],
    "permission": ["Go on, the solder's cooling.",
                   "Two minutes, the sled teams aren't back yet.",
                   "Sure, it's raining, the pickers are under cover.",
                   "Quick, the boat leaves in twenty minutes.",
                   "Fine, there's only one car in the bay."],
    "discovery": ["Three of us cut glass, plus an apprentice on Mondays.",
                  "Eight mushers in winter, two of us in summer.",
                  "Around twenty pickers in season, five in the factory.",
                  "Six instructors, and the weather decides who dives.",
                  "Five fitters, and October is chaos."],
    "presentation": ["Does it cope with people who only come in for big commissions?",
                     "The kennel's out in the woods, signal's weak, will it work?",
                     "Can it plan around rain days? We can't pick when it pours.",
                     "Can it check an instructor's diving ticket hasn't expired?",
                     "Can it handle the rush when everyone swaps to winter tyres?"],
    "social_proof": ["Garden centres aren't glass studios, though.",
                     "An ambulance service? We run dog sleds.",
                     "Anything with farms, or just towns?",
                     "Hotels have HR people, we've got a logbook.",
                     "Well, good for them, I guess."],
    "pricing": ["Four dollars even for an apprentice one day a week?",
                "Is there a deal for small farms?",
                "After the free month, do I get billed automatically?",
                "Summer's dead for us, can I pause it?",
                "Hm, that adds up for us."],
    "closing": ["How long until we could actually use it?",
                "If we hate it, can we just walk away?",
                "Do you help set everyone up?"],
    "farewell": ["Bye, the glass is waiting.",
                 "Got to go, the sleds are back.",
                 "Bye, back to the rows.",
                 "Bye, the divers are here.",
                 "Cheers, there's a car on the lift."],
}
OBJECTIONS = {
    "price": ["Coloured glass costs a fortune now, no money for software.",
              "Feeding forty dogs eats every penny.",
              "The harvest was poor, we're not spending.",
              "We just bought a new compressor, we're broke."],
    "timing": ["I've got a church window due, not now.",
               "It's the middle of sled season, call later.",
               "We're picking flat out until autumn.",
               "Tyre change season's started, the queue's round the block."],
    "competitor": ["Deputy does our rotas, no complaints.",
                   "The tour company gives us their own planner.",
                   "The estate office does all the rotas in their system.",
                   "Our dive club's booking system has the staff on it too."],
    "no_need": ["There are two of us, we just talk it over.",
                "Same five people every winter, no planning needed.",
                "The rain decides our shifts, not software.",
                "We're small, a whiteboard does the job."],
}
HANDLING = {
    "price": ["The first month's free, so you can see if it pays its way.",
              "An annual plan bought this quarter knocks fifteen percent off.",
              "The overtime you stop paying usually covers the bill twice over.",
              "You could start with just a few staff and add the rest later."],
    "timing": ["Totally, I'll be thirty seconds.",
               "That's fine, we can start after the rush.",
               "Just one thing then, and I'm gone.",
               "Busy weeks are exactly when it earns its keep."],
    "competitor": ["We can pull your rotas across from most tools in minutes.",
                   "We'll migrate everything for you, no charge.",
                   "Teams tend to switch because their staff find our phone app less fiddly.",
                   "Run both for a month and keep whichever wins."],
    "no_need": ["Even two people end up texting about swaps at midnight.",
                "It works until whoever keeps it all in their head catches the flu.",
                "A small team takes about ten minutes to set up.",
                "The trial costs nothing, so there's no risk in looking."],
}
AFTER_HANDLING = ["Okay, that actually makes sense.", "Right, carry on, I'm curious.", "Never thought about it from that side.",
                  "That's sensible enough, what else?", "Alright, you're winning me over a bit."]
OUTCOME_CLIENT = {
    "sale": ["Okay, sign the studio up, send the contract.",
             "Fine, put the kennels on it, I'll pay by card.",
             "Right, set up the farm, email the invoice.",
             "Deal, we'll take it for the dive centre.",
             "Yes, put the tyre shop on the yearly plan."],
    "meeting": ["Drop into the studio on Tuesday after lunch and show me.",
                "Come out Saturday morning before the rides, show us there.",
                "A video call Monday at six works.",
                "Do an online demo Wednesday, once the boats are out.",
                "Come by Thursday morning before we open the bays."],
    "callback": ["Call me once the church window's done, two weeks or so.",
                 "Ring in spring when the snow's gone.",
                 "Try me in November, after the harvest.",
                 "Phone at the end of September, when the season closes.",
                 "Call back in December, after the tyre rush."],
    "refusal": ["No thanks, we've no use for it.",
                "No, software won't help the dogs.",
                "The estate owner won't go for it, sorry, no.",
                "No, we're shutting for a rebuild, so no.",
                "No, we'll manage on our own, thanks."],
}
OUTCOME_OPERATOR = {
    "sale": ["Brilliant, the paperwork's coming today.",
             "Thank you, I'm starting the setup now.",
             "Great, welcome aboard."],
    "meeting": ["Done, it's in my calendar.",
                "Perfect, you'll get a nudge from me the evening before.",
                "Thanks, I'll be there on time."],
    "callback": ["Okay, I'll set a reminder and ring then.",
                 "Deal, we'll talk then.",
                 "Got it, I'll be in touch around then."],
    "refusal": ["Fair enough, thanks for being clear.",
                "Okay, I won't bother you again.",
                "That's a pity, good luck anyway."],
}
VAGUE_CLIENT = ["I really don't know, I need to ask around.",
                "Tough one, we'll think about it.",
                "Perhaps, just not right now.",
                "We'll see, I can't say."]
HANGUP_CLIENT = ["Oh, a pane just cracked, bye!",
                 "The dogs got loose, got to run!",
                 "Thunder's starting, I'm off!",
                 "The jack's slipping, can't talk!"]
HOLD_START = ["Hang on, let me switch off the soldering iron.",
              "One second, I'll tie up this dog.",
              "Wait, I'm filling a tank."]
HOLD_END = ["Okay, back on the line.", "Panic over, I'm listening.",
            "Right, ready, go on."]
LINE_CHECK = [("Hello? All I'm getting is silence, are you there?",
               "Yes, we're out in the woods, weak signal."),
              ("You're breaking up, could you say that again?",
               "Sorry, the compressor's loud."),
              ("I'm losing you, still there?",
               "Still here, the mast is far from the fields.")]
