"""Nineteenth held-out split, test19 (calls en-c41..en-c80) against `en-saas-demo`: wording written fresh.

Same rules and intent as dialogues_test19_ru.py: test19 is one more batch
nobody has scored, kept back (in eval_alignment's UNSCORED) for whoever
measures a later change to the alignment, once. No line scores >= 90
(rapidfuzz ratio, make_corpus.py check) against a script phrase, a train/test
line of dialogues_en.py or a line of the dev, dev2, test2 .. test18 modules;
operator lines keep some key words of their stage; written without looking at
callqa's outcome cue lists or its outcome/alignment code. Client personas
other than test2..test18: a sheep farm in the middle of shearing (the
clippers buzzing), a hot-air balloon flight operator out on the launch field
(the burner roaring), a clock repair workshop with the clocks striking, a
commercial laundry with the drums rumbling, a gritting and snow-clearing depot
waiting for a snowfall, and a cider orchard during the apple picking.
Agreements come as "Alright, you've won me over, set the farm up, I'll send
the details tonight" or "Okay, send the contract, we'll pay by bank transfer
this week"; meetings are booked at the farm on a Tuesday after the shearing,
over video on a Friday morning, at the workshop on a Wednesday before lunch,
on the launch field at dawn on a Sunday after the flight, or in the orchard
on a Saturday at noon; callbacks wait for the end of the shearing, the snow to
go in April, a word with the manager, the apple harvest in October, or the
client's return from holiday after the twentieth; refusals come from a client
who does things the old way, money that all goes on wages, a "please don't use
this number again", an owner who won't have software, or a workshop about to
close; hang-ups from a ram over the fence, a balloon caught by the wind, a
leaking machine flooding the floor or a gritter in the ditch. Operators
acknowledge outcomes and say goodbye in words not used before.

`CLOSING_FOR` pairs a sale / meeting answer with a closing that offered it:
0, 1 a demo (0 in person); 2, 3 the contract / sign-up; 4 a free trial, then a call.
"""

from dialogues_en import (COMPANY, LANGUAGE, OPERATOR_NAMES, OPTIONAL, PROGRESS, ROLES,  # noqa: F401
                          SCRIPT, SLIPS, STAGES)

OPERATOR = {
    "greeting": [
        "Hey, good to reach you, {name} here from {company}.",
        "Morning! {name} calling, I'm on the team at {company}, the shift planning app.",
        "Hi, it's {name}, I'm reaching out from {company} about staff scheduling.",
        "Hello, {name} from the {company} team, thanks for picking up.",
        "Good day to you, I'm {name}, and I represent {company}.",
    ],
    "permission": [
        "Is now workable for you, or should I call back after lunch?",
        "Could you spare me ninety seconds?",
        "I'll be brief, do you mind if I carry on?",
        "Have you got a minute free right now, or are you mid-job?",
        "Is it alright to talk for a bit, or are you run off your feet?",
    ],
    "discovery": [
        "Who puts the weekly shift plan together at your place?",
        "How many staff end up on the rota in a normal week?",
        "What's the most annoying thing about sorting out the rota?",
        "If someone swaps a shift, how does that get sorted now?",
        "Is it a paper chart, a spreadsheet or some app you use for shifts?",
    ],
    "presentation": [
        "{company} takes everyone's availability and drafts the rota for you.",
        "Staff can pick up or hand over shifts from their phones, no calls needed.",
        "Hours worked go straight into payroll, so nobody fills in timesheets.",
        "You set your rules once, minimum staff, breaks, and it plans around them.",
        "It warns you about gaps and double bookings before the rota goes out.",
    ],
    "social_proof": [
        "A chain of garden centres we work with now does its rota in twenty minutes.",
        "A care agency told us they cut overtime by a quarter in two months.",
        "One hotel group stopped juggling spreadsheets altogether after the switch.",
        "Businesses with a dozen staff or so tend to save a full afternoon each week.",
        "A chain of car washes saw far fewer missed shifts after the first month.",
    ],
    "pricing": [
        "You're looking at four dollars a month for every user.",
        "The first month costs you nothing, so you can try it properly.",
        "Go annual and we knock fifteen percent off the price.",
        "You'd pay four dollars a month for each staff member, nothing more.",
        "Four dollars per user, and the first month is on us.",
    ],
    "closing": [
        # 0, 1: a demo (0 in person); 2, 3: the contract / sign-up; 4: a free trial, then a call
        "I could visit and give you a walkthrough on site. When would be good?",
        "How about a twenty minute video demo, maybe Tuesday morning?",
        "If it sounds right, I'll send the agreement and set up your account today.",
        "Shall I get the paperwork over now, so you're up and running this week?",
        "Try it free for two weeks, and I'll give you a ring when the trial's done.",
    ],
    "farewell": [
        "Lovely chatting, I'll let you get back to work.",
        "Many thanks, all the best with the season.",
        "That's me done, thanks and goodbye.",
        "Thanks for listening, speak soon.",
        "Cheerio, and thanks again for the chat.",
    ],
}
# which closings a client's sale / meeting answer follows (indices into OPERATOR["closing"])
CLOSING_FOR = {"sale": (2, 3), "meeting": (0, 1)}

CLIENT = {
    "greeting": ["Sheep farm, hello, you'll have to shout, we're shearing.",
                 "Balloon flights, hi, I'm out on the launch field.",
                 "Clock repairs, good morning, excuse the chimes.",
                 "Laundry, hello, sorry, the machines are loud.",
                 "Cider farm, yeah, I'm up a ladder in the orchard."],
    "permission": ["Go on, the shearer's having a tea break.",
                   "Alright, we're waiting for the wind to drop anyway.",
                   "Yes, I've a clock on test, I've half an hour.",
                   "Okay, while this load's spinning.",
                   "Quickly, please, there's snow forecast tonight."],
    "discovery": ["Six shearers come in for the season, I ring round the night before.",
                  "Two pilots and a ground crew of five, it all depends on the weather.",
                  "There's me and one apprentice, we just shout across the bench.",
                  "Twenty staff on three shifts, it's a big wall chart by the boiler.",
                  "Gritter drivers on call all winter, the rota's a whiteboard in the depot."],
    "presentation": ["Half my pickers don't speak much English, can they use it?",
                     "Flights get cancelled at dawn for weather, can it cope with that?",
                     "Sorry, the burner's going, say that again?",
                     "Does it work out night rates? Our drivers get extra after midnight.",
                     "The old boys here barely use phones, is it simple?"],
    "social_proof": ["Garden centres? We're a sheep farm.",
                     "A quarter? Sounds like a sales figure to me.",
                     "Hotels are a different world, mate.",
                     "Is there anyone as small as a two-person workshop on it?",
                     "Have you got a number for one of them so I can ask?"],
    "pricing": ["Four dollars even for the pickers who're only here six weeks?",
                "Can we pause it in summer when there's no snow?",
                "Do I need to put a card in for the free month?",
                "Will you invoice the company? We can't pay on a personal card.",
                "Four dollars each, that's about what I'd expect."],
    "closing": ["Email it over, my daughter does the computer side, she'll read it.",
                "If we leave, can we take our data with us?",
                "Who trains the staff, you or us?"],
    "farewell": ["Cheers, the shearers are waiting.", "Bye, the wind's dropped, we're taking off.",
                 "Must go, a customer's in for his watch.", "Bye now, the dryer's just finished.",
                 "Take care, the apples won't pick themselves."],
}

OBJECTIONS = {
    "price": ["Wool's worth next to nothing these days, there's no spare cash.",
              "Propane's gone through the roof, every flight counts.",
              "The hotels pay us late, money's tight.",
              "Until the cider's sold, there's nothing in the pot till spring."],
    "timing": ["We're in the middle of shearing, I can't think about software.",
               "Flying season's on, I'm in the field every dawn.",
               "It's snowing, every truck is out, not now.",
               "Harvest's on, we're picking dawn to dusk."],
    "competitor": ["Our chemicals supplier gave us their own staff portal, we use that.",
                   "Our son keeps a rota spreadsheet for us and it's fine.",
                   "The council makes us use their system for the drivers.",
                   "We bought a rota program last year, we're sticking with it."],
    "no_need": ["It's me and a lad, I don't need an app to tell me who's in.",
                "Two pilots, I can plan that in my head.",
                "Three benches in one room, everyone knows who's working.",
                "The drivers are on call all winter anyway, nothing to plan."],
}
HANDLING = {
    "price": ["The first month's free, so you can decide once you've seen it work.",
              "A single empty shift in peak season costs you more than the whole year's fee.",
              "Take the yearly plan and fifteen percent comes off.",
              "Nothing to install or buy, your staff use the phones they've got."],
    "timing": ["I hear you, I'll stick to the one thing that matters.",
               "We'll load your staff and shifts for you, it won't eat your time.",
               "We can start after the season, whenever it suits.",
               "I can text you a short clip, have a look over a cuppa later."],
    "competitor": ["Keep the portal, we can pull the hours across into it.",
                   "Someone has to update the spreadsheet, ours updates itself when shifts change.",
                   "The council system logs the gritting runs, we plan who's driving when.",
                   "Out of interest, what would you change about the one you've got?"],
    "no_need": ["Two of you now, but what about the pickers you take on in autumn?",
                "Fine while you're both well, but who covers when one's off sick?",
                "A small team is the quickest to set up, it takes an evening.",
                "Understood, I won't push, you've got my details if anything changes."],
}
AFTER_HANDLING = ["Fair point, I suppose.", "Well, that's a fair shout, I'll give you that.",
                  "Alright, that sounds sensible.", "Could be, could be.",
                  "Hm, with people coming and going, that might actually help."]

OUTCOME_CLIENT = {
    "sale": ["Alright, you've won me over, set the farm up, I'll send the details tonight.",
             "Okay, send the contract, we'll pay by bank transfer this week.",
             "Go on, sign the workshop up, I'll watch for the invoice.",
             "We'll take it for both laundries, send the paperwork.",
             "Right, put the depot down for it, the area manager will sign."],
    "meeting": ["Come to the farm Tuesday afternoon, once the shearing's done.",
                "Let's do a video call Friday at ten in the morning.",
                "Pop into the workshop Wednesday at eleven, it's quiet before lunch.",
                "Come out to the field Sunday at dawn, we'll talk after the flight.",
                "Come to the orchard Saturday around noon and show me there."],
    "callback": ["Ring me after shearing, say three weeks from now.",
                 "Call me in April, when the snow's gone.",
                 "Phone me Monday, I need a word with the manager first.",
                 "Try me after the apple harvest, sometime in October.",
                 "I'm on holiday soon, call me after the twentieth."],
    "refusal": ["No thanks, we do things the old way and it works.",
                "No, every penny goes on wages, no room for extras.",
                "We don't want anything, and please don't use this number again.",
                "No, the owner won't have any software, don't waste your time.",
                "No, the workshop's closing soon, there's no point."],
}
OUTCOME_OPERATOR = {
    "sale": ["Wonderful, the contract and invoice will be with you by this evening.",
             "Thank you, our setup engineer will help you get going tomorrow morning.",
             "Great, send the details and I'll get the documents ready right away."],
    "meeting": ["Got it, you'll get a text from me the evening before.",
                "Lovely, I'll email the time and place today.",
                "Good, it's in the calendar, I'll come prepared."],
    "callback": ["Sure, we'll speak then.",
                 "No trouble at all, it's in my diary for then.",
                 "Of course, I'll jot it down and ring on the day."],
    "refusal": ["Right you are, I appreciate the straight answer.",
                "Okay, I'll make sure nobody rings you again, good luck with it all.",
                "Fair enough, I won't press, all the best."],
}
VAGUE_CLIENT = ["Dunno, I'd have to think about it, maybe sometime.",
                "We'll see, I can't say either way right now.",
                "Interesting, but it's too early to decide.",
                "Hard to say, I need to mull it over."]
HANGUP_CLIENT = ["A ram's gone over the fence, got to go!",
                 "The wind's caught the balloon, I have to run!",
                 "A machine's leaking, there's water everywhere, sorry!",
                 "A gritter's slid into the ditch, bye!"]
HOLD_START = ["Hang on, they're bringing the next sheep in.", "One moment, a customer's collecting a clock.",
              "Wait a sec, I'm loading a drum."]
HOLD_END = ["Right, I'm back with you, go on.", "There we go, sorted, carry on please.",
            "Apologies for the pause, all ears now."]
LINE_CHECK = [("Hello? I only caught half of that, can you hear me okay?",
               "Yes, that was just the clocks striking noon."),
              ("I'm getting a roar down the line, still with me?",
               "I'm here, they've just fired the burner over my head."),
              ("You're very quiet, is your signal alright?",
               "It's always like this on the farm, one bar at best.")]
