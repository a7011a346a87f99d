"""Twenty-sixth held-out split, test26 (calls en-o41..en-o80) against `en-saas-demo`: wording written fresh.

Same rules and intent as dialogues_test26_ru.py: test26 is one more batch
nobody has scored, kept back (in eval_alignment's UNSCORED, beside test25) for
whoever measures a later change to the alignment, once. No line scores >= 90
(rapidfuzz ratio, make_corpus.py check) against a script phrase, a train/test
line of dialogues_en.py or a line of the dev, dev2, test2 .. test25 modules;
operator lines keep some key words of their stage; written without looking at
callqa's outcome cue lists or its outcome/alignment code. Client personas
other than test2..test25: a violin maker's workshop, an alpaca farm that
takes visitors, a paragliding school, a handmade-soap workshop, and an
archery club.

`CLOSING_FOR` pairs a sale / meeting answer with a closing that offered it:
0, 1 a demo (0 in person); 2, 3 the contract / sign-up; 4 a free trial, then a call.
"""

from dialogues_en import (COMPANY, LANGUAGE, OPERATOR_NAMES, OPTIONAL, PROGRESS, ROLES,  # noqa: F401
                          SCRIPT, SLIPS, STAGES)

OPERATOR = {
    "greeting": [
        "Good morning! {name} ringing you from {company}, the rota app.",
        "Hey, {name} here, {company} makes scheduling software and that's why I'm calling.",
        "Hi, {name} here, calling from {company} about how you plan shifts.",
        "Hey there, {name} on the line, from the sales team at {company}.",
        "Hi, it's {name}, calling from {company}, the shift planning app.",
    ],
    "permission": [
        "Is now a decent time, or would later suit you better?",
        "Got a spare couple of minutes for me?",
        "Have you got a sliver of time for me right now?",
        "Catching you mid-task, or have you got a sec?",
        "Would you be up for a very quick chat right now?",
    ],
    "discovery": [
        "Walk me through how the weekly schedule gets made today.",
        "Roughly how many staff do you plan shifts for?",
        "When someone rings in sick on the day, what do you do?",
        "What do you build the rota in, paper, Excel, something online?",
        "Which part of planning shifts eats most of your time?",
    ],
    "presentation": [
        "{company} reads everyone's free days and turns them into a rota.",
        "Staff who want to trade a shift just agree it between them on their phones.",
        "Clocked hours land in payroll directly, no timesheet typing.",
        "Set your rules once, and it drafts every week's schedule on its own.",
        "Open shifts get offered to whoever's free, automatically, by text.",
    ],
    "social_proof": [
        "A chain of bakeries told us rota planning now takes them half as long.",
        "A care home group saw overtime fall in their first month with us.",
        "A cinema chain got rid of its spreadsheets within two weeks.",
        "One logistics depot cut no-shows by nearly a third.",
        "Teams your size say the rota now takes minutes, not a whole evening.",
    ],
    "pricing": [
        "Four dollars a month per scheduled employee, that's the whole price.",
        "You get month one completely free.",
        "There's fifteen percent off annual billing, but only through the end of this quarter.",
        "Ten staff would come to forty dollars a month.",
        "Four dollars per person per month, and no contract lock-in.",
    ],
    "closing": [
        # 0, 1: a demo (0 in person, 1 over video); 2, 3: the contract / sign-up; 4: a free trial, then a call
        "Could I visit you on site and show it with your own staff list, maybe one day next week?",
        "Would a short video demo on Wednesday or Thursday work for you?",
        "Shall I email you the contract today so you can go live next week?",
        "I can create your account while we're on the phone, want me to?",
        "How about a free two-week trial, and I'll call you once it's over?",
    ],
    "farewell": [
        "Thanks for listening, hope the week goes smoothly.",
        "Really nice chatting, all the very best.",
        "I won't keep you any longer, bye now.",
        "Thanks once more, have a good evening.",
        "Okay, I'll let you get on, look after yourself.",
    ],
}
# which closings a client's sale / meeting answer follows (indices into OPERATOR["closing"])
CLOSING_FOR = {"sale": (2, 3), "meeting": (0, 1)}

CLIENT = {
    "greeting": ["Violin workshop, hello.",
                 "Alpaca farm, hi, you're on speaker.",
                 "Paragliding school, hello, it's windy here, speak up.",
                 "Soap workshop, yes?",
                 "Archery club, good afternoon."],
    "permission": ["Go ahead, the varnish is drying.",
                   "A couple of minutes, shearing's not till after lunch.",
                   "Sure, nobody's flying today, too much wind.",
                   "Okay, the soap's setting in the moulds.",
                   "Make it quick, I've got a group on the range in ten."],
    "discovery": ["Two of us make violins, plus a student on Fridays.",
                  "Four farmhands, and extra shearers in May.",
                  "Seven instructors, but the wind decides who works.",
                  "Three makers, and two more on the market stall at weekends.",
                  "Four coaches and a couple of range officers."],
    "presentation": ["Can it cope with people who only come in when there's an order?",
                     "We're miles out, the signal's awful, does it still work?",
                     "Can it reshuffle everyone when a flying day gets cancelled?",
                     "Does it know who's allowed to run the stall alone?",
                     "Can it check that a coach's certificate is still valid?"],
    "social_proof": ["Bakeries aren't violin makers, though.",
                     "Anything with farms and animals?",
                     "A cinema? We jump off mountains.",
                     "Care homes have managers, we've got a notebook.",
                     "Sure, but that's a whole different world."],
    "pricing": ["Even for a student who's in one day a week?",
                "Any discount for small farms?",
                "Does it bill me automatically after the free month?",
                "We close in winter, can I pause it?",
                "Okay, that's not bad."],
    "closing": ["How many days before the team could start on it?",
                "And if it's not for us, can we cancel easily?",
                "Will you help get everyone on it?"],
    "farewell": ["Bye, the strings are waiting.",
                 "Got to go, the alpacas are calling.",
                 "Bye, wind's picking up, off to the hill.",
                 "Cheers, time to unmould the soap.",
                 "Bye, the range is open."],
}
OBJECTIONS = {
    "price": ["Good tonewood costs a fortune, there's nothing left for apps.",
              "Hay prices doubled, we can't take on more costs.",
              "We just bought new wings, money's tight.",
              "Oils go up every month, no room for subscriptions."],
    "timing": ["I've a cello due at month's end, not now.",
               "We're mid-shearing, can't talk about this now.",
               "Flying season just started, no time for it.",
               "We're making stock for the fair day and night, later."],
    "competitor": ["We use Rotaready already and it's fine.",
                   "The federation gives us their own booking and staff system.",
                   "Our accountant runs everything in her software, we stick with that.",
                   "My son made us a Google Sheet, it does the job."],
    "no_need": ["There are three of us, we decide over coffee.",
                "Ten alpacas and two farmhands, nothing to plan.",
                "Same four instructors every year, no rota needed.",
                "We're tiny, a calendar on the fridge works."],
}
HANDLING = {
    "price": ["Use the first month for free and judge whether it's worth it.",
              "An annual plan paid this quarter comes in fifteen percent lower.",
              "Cutting one week of overtime usually covers a year.",
              "Start with a handful of staff and add the rest later."],
    "timing": ["Of course, I'll keep it to half a minute.",
               "Sure, you could get going after the busy spell.",
               "One point, then I'll let you go.",
               "The busiest weeks are where it helps most."],
    "competitor": ["We can import your current rotas in a few minutes.",
                   "Moving over is free, our team does it for you.",
                   "People usually switch for our simpler phone app.",
                   "Keep your current tool for a month alongside ours and see which you prefer."],
    "no_need": ["Small teams still end up juggling swaps by text late at night.",
                "A tiny team gets into a mess the first time someone's on holiday.",
                "We can have a small team running in ten minutes flat.",
                "Trying it is free, so you lose nothing by looking."],
}
AFTER_HANDLING = ["Well, that's hard to dispute.", "Okay, I'll give you one more minute.", "That's a new angle, to be fair.",
                  "Makes sense, anything else?", "Okay, now I'm listening properly."]
OUTCOME_CLIENT = {
    "sale": ["Alright, sign the workshop up, send the paperwork.",
             "Go on then, set up the farm, I'll pay by card.",
             "Okay, put the school on it, email the invoice.",
             "Fine, we'll take it for the soap workshop.",
             "Yes, sign the club up for the annual plan."],
    "meeting": ["Come to the workshop Wednesday lunchtime and show me.",
                "Pop out to the farm Friday morning, before the visitors.",
                "A video call Tuesday evening, after flying, works.",
                "Let's do it online Thursday at three.",
                "Come Saturday before the range opens."],
    "callback": ["Call once the cello's delivered, in about a month.",
                 "Ring after shearing, early June.",
                 "Phone in autumn when flying season's over.",
                 "Try again after the craft fair, three weeks or so.",
                 "Call back in January, after the tournament."],
    "refusal": ["No thank you, it's not for us.",
                "No, alpacas don't need rotas.",
                "My partner won't agree to it, so no.",
                "No, we're moving premises, bad timing.",
                "No, the old way suits us, thanks."],
}
OUTCOME_OPERATOR = {
    "sale": ["Wonderful, expect the contract in your inbox shortly.",
             "Thanks, I'm kicking off your setup.",
             "Excellent, glad to have you with us."],
    "meeting": ["Lovely, it's booked.",
                "Great, I'll ping you a reminder the night before.",
                "Thanks, see you then."],
    "callback": ["Sure, I'll pop a note in my diary and call then.",
                 "Okay, we'll pick it up then.",
                 "Noted, I'll reach out around that time."],
    "refusal": ["No worries, I'll cross you off my list.",
                "Alright, we won't call again.",
                "Shame, but best of luck."],
}
VAGUE_CLIENT = ["Not sure, I'd have to talk it over with my partner.",
                "Hard to say right off.",
                "Maybe, some other time.",
                "Don't know, we'll see how it goes."]
HANGUP_CLIENT = ["Oh, the varnish is running, bye!",
                 "An alpaca's out of the pen, got to go!",
                 "Wind's just right, I'm launching, bye!",
                 "Lye's spilled, can't talk!"]
HOLD_START = ["Hold on, let me wipe my hands.",
              "One sec, I'm shutting the gate.",
              "Wait, I'm clipping in a student."]
HOLD_END = ["Okay, hands free, go ahead.", "Sorry, got pulled away, go on.",
            "Sorted, where were we?"]
LINE_CHECK = [("Hello? I think the line's dropped, can you hear me?",
               "Yes, the farm's a long way from the mast."),
              ("It keeps cutting out, could you repeat that?",
               "Sorry, the wind's blowing into the phone."),
              ("You've vanished on me, are you still on?",
               "I'm here, the cellar gets no signal.")]
