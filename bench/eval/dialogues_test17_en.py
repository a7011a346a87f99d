"""Seventeenth held-out split, test17 (calls en-h41..en-h80) against `en-saas-demo`: wording written fresh.

Same rules and intent as dialogues_test17_ru.py: test17 is one more batch
nobody has scored, kept back (in eval_alignment's UNSCORED) for whoever
measures a later change to the alignment, once. No line scores >= 90
(rapidfuzz ratio, make_corpus.py check) against a script phrase, a train/test
line of dialogues_en.py or a line of the dev, dev2, test2 .. test16 modules;
operator lines keep some key words of their stage; written without looking at
callqa's outcome cue lists or its outcome/alignment code. Client personas
other than test2..test16: a dairy farm manager in the milking parlour, a scrap
yard's weighbridge clerk (lorries on the scales, a crane with a magnet), a
trampoline park manager, a glassblower by the furnace, a canoe hire on a river
bank, and a roofer up on a roof in the wind. Agreements come as "Okay, we'll
take it. Send the contract over and I'll sign and scan it back today" or
"Sounds good. Send the agreement, we'll pay before Friday"; meetings are booked
at the farm after morning milking, over video on a Monday lunchtime, at the
weighbridge before the lorries arrive, at the park before it opens or at the
studio while the furnace is serviced; callbacks wait for the haymaking, the
end of the hire season, a move to a new site, a word with the bookkeeper or
the end of a shift; refusals come from an owner who won't have any
subscriptions, a distrust of the cloud and a whiteboard, a request to be taken
off the list, a flat "don't try to talk me round", or something similar
bought last week; hang-ups from a cow out of its stall, a crane dropping its
load, a child off a trampoline or a piece slumping in the furnace. Operators
acknowledge outcomes and say goodbye in words not used before.

`CLOSING_FOR` pairs a sale / meeting answer with a closing that offered it:
0, 1 a demo (0 in person); 2, 3 the contract / sign-up; 4 a free trial, then a call.
"""

from dialogues_en import (COMPANY, LANGUAGE, OPERATOR_NAMES, OPTIONAL, PROGRESS, ROLES,  # noqa: F401
                          SCRIPT, SLIPS, STAGES)

OPERATOR = {
    "greeting": [
        "Hello there, it's {name} with {company}, we do staff scheduling software.",
        "Morning! {name} speaking, I'm one of the team over at {company}.",
        "Hi, good afternoon, you're speaking to {name} at {company}.",
        "Hello, {name} here, I help new teams get started with {company}.",
        "Hi, sorry to call out of the blue, I'm {name} from {company}.",
    ],
    "permission": [
        "Is this a decent time to talk, or have you got your hands full?",
        "Is now any good for a quick chat, or shall I leave it?",
        "Are you free to talk briefly, or should I ring back later?",
        "Is it alright if I take a couple of minutes to explain why I'm calling?",
        "Any chance of a quick word right now?",
    ],
    "discovery": [
        "So tell me, how do you put the staff rota together at the moment?",
        "How many names end up on a week's rota, give or take?",
        "Who ends up sorting it out when someone swaps or drops a shift?",
        "What tends to go wrong with the schedule, if anything?",
        "Are your shifts planned on paper, in a spreadsheet, or in some app?",
    ],
    "presentation": [
        "{company} lets your team put in their availability, and it drafts the rota for you.",
        "Shift swaps happen in the app, and all you do is approve them.",
        "Hours worked feed straight into payroll, so there's no copying timesheets.",
        "It spots gaps and double bookings before the schedule goes out.",
        "Everyone sees their shifts on their phone and gets a reminder the night before.",
    ],
    "social_proof": [
        "A car wash chain that uses us now spends half as long on the rota.",
        "One garden centre told us they got back about ten hours a week.",
        "A care agency on our books reduced missed shifts by around a third.",
        "Plenty of businesses your size have ditched their spreadsheets for us.",
        "Overtime usually starts coming down for customers within a month or so.",
    ],
    "pricing": [
        "It works out at four dollars per user a month.",
        "Pricing's simple: four dollars a person each month.",
        "Your first month costs nothing, it's free while you try it out.",
        "If you go annual, we knock fifteen percent off.",
        "Four dollars per staff member monthly, and the first month's free.",
    ],
    "closing": [
        # 0, 1: a demo (0 in person); 2, 3: the contract / sign-up; 4: a free trial, then a call
        "Would it help if I dropped by and went through it with you face to face? What day's good?",
        "How about a short video demo, twenty minutes or so, maybe Tuesday?",
        "If you're on board, the contract and sign-up link can be in your inbox today.",
        "Want to get going? I can set up your account and email the paperwork right away.",
        "Why don't you take a free trial, and I'll ring you in a fortnight to see how it's going?",
    ],
    "farewell": [
        "Thanks a million, I'll leave you in peace.",
        "Okay, I'll let you go, all the best, bye now.",
        "Lovely chatting with you, take care.",
        "Appreciate you listening, cheerio.",
        "Thanks again, goodbye for now.",
    ],
}
# which closings a client's sale / meeting answer follows (indices into OPERATOR["closing"])
CLOSING_FOR = {"sale": (2, 3), "meeting": (0, 1)}

CLIENT = {
    "greeting": ["Dairy, milking parlour, you'll have to shout, the machines are running.",
                 "Scrap yard, weighbridge, go ahead.",
                 "Trampoline park, hi, sorry, it's loud in here.",
                 "Glass studio, hang on, let me step away from the furnace.",
                 "Canoe hire, hello, I'm down on the riverbank."],
    "permission": ["Go on, quickly, milking starts in half an hour.",
                   "Yeah, while this lorry's on the scales.",
                   "You've got a couple of minutes, the kids are on a juice break.",
                   "Fine, I'm up on a roof but I've stopped for a brew.",
                   "Alright, until the boats start coming in."],
    "discovery": ["Six milkers on a rotation, I write it up on the board in the dairy.",
                  "Two drivers, a crane man and me, we just sort it out on the day.",
                  "Twenty odd marshals, mostly students, it's a group chat and a lot of begging.",
                  "Three of us and a couple of apprentices, the rota's on a scrap of paper.",
                  "Fifteen instructors on the water in summer, it's a spreadsheet I hate."],
    "presentation": ["Half the milkers don't have smartphones, does it work without?",
                     "What about the older lads who can't stand apps?",
                     "Our students change every month, will they pick it up quickly?",
                     "Sorry, the kids are screaming, can you say that again?",
                     "Does it link to our till, or is it separate?"],
    "social_proof": ["Car washes aren't dairies though, are they?",
                     "Ten hours? Pull the other one.",
                     "A care agency is a different kettle of fish.",
                     "Is anyone small actually using it, like five or six people?",
                     "Could I talk to one of those customers myself?"],
    "pricing": ["Four dollars for the apprentices too, or just full staff?",
                "Does the free month roll into paid automatically, or do you ask first?",
                "Fifteen off for annual, can I pay that in instalments?",
                "Is that four dollars including tax?",
                "Four a head, well, it won't break the bank."],
    "closing": ["Send me a brochure by email, I'll go through it with the foreman.",
                "How long's the contract, can we get out whenever?",
                "Is training included, or is that extra?"],
    "farewell": ["Okay, bye now, the cows are waiting.", "Right, cheers, there's a lorry pulling in.",
                 "Bye, the next group's about to start bouncing.", "See you, I've got a vase to finish.",
                 "Bye bye, the canoes are coming back."],
}

OBJECTIONS = {
    "price": ["Milk prices are through the floor, we're cutting back on everything.",
              "We make our money in summer, winter's dead, can't take on another bill.",
              "For a tiny studio that's a real cost.",
              "We've just taken a loan for new trampolines, there's no spare cash."],
    "timing": ["It's haymaking, I can't think about anything else right now.",
               "We've got an exhibition coming, the furnace is on day and night, not now.",
               "Summer's our peak, nothing changes before September.",
               "We're moving to a new site, this isn't the moment."],
    "competitor": ["The farm management software we've got has a staff bit in it.",
                   "Our franchise gives us a system, we do everything in that.",
                   "The accounting package we use has a rota feature, it's enough.",
                   "We've already got a scheduling app, been on it two years."],
    "no_need": ["Two drivers and a crane man, I don't need an app to plan that.",
                "It's just me and my partner in the studio.",
                "Twenty canoes and three instructors, it's hardly rocket science.",
                "The milkers have had the same shifts for ten years."],
}
HANDLING = {
    "price": ["You get the first month for free, so you'll know if it's worth it before paying.",
              "A single uncovered shift usually costs more than this does.",
              "If you pay for the year up front, it's fifteen percent cheaper.",
              "You don't buy any hardware, it runs on the phones people already have."],
    "timing": ["Understood, it's a busy spell, I'll be really quick.",
               "We do the setup and move your data over, you won't lose any time.",
               "We could plan the start for later, once things calm down.",
               "Let me send you a two-minute video to watch when you get a breather."],
    "competitor": ["We connect with your accounts package, so nothing there has to change.",
                   "Franchise systems track the sales, we look after the people on shift.",
                   "A general app does the basics, but swaps and cover are where we shine.",
                   "Out of curiosity, what bugs you most about the system you've got?"],
    "no_need": ["Three people now, but what happens in summer when you take on extra hands?",
                "Same shifts for years, sure, until somebody's off sick and nobody knows who covers.",
                "Small teams are actually the quickest to set up, it's one evening.",
                "Fair enough, I won't push, you've got my number if things change."],
}
AFTER_HANDLING = ["Right, if that's how it works, fine.", "Hm, I hadn't looked at it like that.", "Okay, that's worth thinking about.",
                  "Yeah, fair, I suppose that's true.", "Okay, now I'm curious."]

OUTCOME_CLIENT = {
    "sale": ["Right, let's get it set up. Invoice the farm, we'll pay by bank transfer.",
             "Okay, we'll take it. Send the contract over and I'll sign and scan it back today.",
             "Go on then, put it under the studio's name, I'll send our company details now.",
             "That's settled then, set it up for the hire base and the shop.",
             "Sounds good. Send the agreement, we'll pay before Friday."],
    "meeting": ["Come to the farm Friday at ten, it's quieter after morning milking.",
                "Let's do a video call Monday lunchtime, you can share your screen.",
                "Swing by the weighbridge Wednesday, nine-ish, before the lorries arrive.",
                "Come Tuesday at ten, before we open, and show me properly.",
                "Drop by the studio Thursday, the furnace is off for servicing so I'll have time."],
    "callback": ["Try me after haymaking, about three weeks from now.",
                 "Ring in October once the hire season's closed.",
                 "Call back in a couple of weeks, we'll have moved by then.",
                 "Let's talk Monday, I want to run it past the bookkeeper first.",
                 "Give me a ring tonight around seven when my shift's done."],
    "refusal": ["No, the owner won't have any subscriptions, he won't even discuss it.",
                "No, I don't trust the cloud, the rota stays on the whiteboard.",
                "No, and please take our number off your list.",
                "We don't need it, and don't try to talk me round, have a good day.",
                "No thanks, we bought something similar last week."],
}
OUTCOME_OPERATOR = {
    "sale": ["Fantastic, once I get your details the contract and invoice go out today.",
             "Thanks for choosing us, a specialist will be in touch tomorrow to get you running.",
             "Wonderful, I'll sort everything now and email it through."],
    "meeting": ["Great, I've booked it in and I'll text you a reminder the day before.",
                "Lovely, I'll send the video link an hour beforehand.",
                "Perfect, see you then, I'll be on time."],
    "callback": ["Understood, I'll pop it in the calendar and ring you as agreed.",
                 "Sure, speak then, I won't forget.",
                 "Of course, no rush, I'll call you at that time."],
    "refusal": ["Understood, thanks for being straight with me, I won't trouble you again.",
                "Okay, we'll remove your number, sorry for the bother.",
                "I see, thanks for your answer, all the best."],
}
VAGUE_CLIENT = ["Let me sleep on it and we'll see.",
                "Can't say yet, I need to weigh it all up.",
                "If we decide we want it, we'll find you.",
                "Maybe one day, maybe not, hard to say."]
HANGUP_CLIENT = ["Oh, a cow's broken out of the stall, I can't talk!",
                 "The crane's dropped a load, sorry, got to run!",
                 "A kid's fallen off a trampoline, later!",
                 "My piece is slumping in the furnace, no time, bye!"]
HOLD_START = ["Hang on, I need to wave a lorry onto the scales.", "Just a moment, handing out grip socks.",
              "Wait a sec, I'm doing up someone's life jacket."]
HOLD_END = ["Okay, sorted, go on, I'm listening.", "Apologies, I'm back, where were we?",
            "Right, free now, what were you telling me?"]
LINE_CHECK = [("Hello? You sound miles away, can you hear me alright?", "I can, it's the milking machines humming."),
              ("You keep breaking up, are you still there?", "Still here, I'm on a roof, the wind's blowing into the phone."),
              ("There's clanging on the line, are you there?", "Yeah, that's the crane dropping metal on the pile.")]
