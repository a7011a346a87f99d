"""Twenty-third held-out split, test23 (calls en-f41..en-f80) against `en-saas-demo`: wording written fresh.

Same rules and intent as dialogues_test23_ru.py: test23 is one more batch
nobody has scored, kept back (in eval_alignment's UNSCORED) for whoever
measures a later change to the alignment, once. No line scores >= 90
(rapidfuzz ratio, make_corpus.py check) against a script phrase, a train/test
line of dialogues_en.py or a line of the dev, dev2, test2 .. test22 modules;
operator lines keep some key words of their stage; written without looking at
callqa's outcome cue lists or its outcome/alignment code. Client personas
other than test2..test22: a harp-making workshop, a rope-access crew washing
the windows of tall buildings, a cheese cave, a model-railway shop, and the
visitor centre of a tea estate.

`CLOSING_FOR` pairs a sale / meeting answer with a closing that offered it:
0, 1 a demo (0 in person); 2, 3 the contract / sign-up; 4 a free trial, then a call.
"""

from dialogues_en import (COMPANY, LANGUAGE, OPERATOR_NAMES, OPTIONAL, PROGRESS, ROLES,  # noqa: F401
                          SCRIPT, SLIPS, STAGES)

OPERATOR = {
    "greeting": [
        "Hi there, {name} on the line, I represent {company}.",
        "Hello there, this call's from {company}, I'm {name}.",
        "Good day, I'm {name}, and I work for {company}, the shift planning people.",
        "Hey, sorry to ring out of the blue, it's {name} with {company}.",
        "Hello, is this the person who runs the rota? {name}, {company}.",
    ],
    "permission": [
        "Can you spare me three minutes, or is it a bad moment?",
        "Is it alright if I take a little of your time?",
        "Have you got a spare moment, or are you up to your neck in it?",
        "I'll keep it short, is that okay with you?",
        "Do you mind if I explain quickly what we do?",
    ],
    "discovery": [
        "Who plans your shifts right now, and what do they use?",
        "How many staff do you have to fit into the schedule?",
        "What's the hardest bit about sorting out shifts?",
        "If someone can't make a shift, how do you cover it?",
        "Where does the rota live, on a wall, in Excel, somewhere else?",
    ],
    "presentation": [
        "{company} looks at who's available and writes the schedule itself.",
        "If two people want to trade shifts, they sort it out in the app.",
        "Payroll gets the worked hours directly, nobody types up timesheets.",
        "Tell it your rules, like rest breaks and skills, and every rota follows them.",
        "Reminders go out before each shift, so fewer people forget to turn up.",
    ],
    "social_proof": [
        "A chain of bike shops told us rota day went from hours to minutes.",
        "One care home cut its overtime noticeably in the first month.",
        "A theatre we work with plans its ushers in a quarter of the time.",
        "Most small teams drop their spreadsheets within a few weeks.",
        "A ski resort saw no-shows drop by a third after switching.",
    ],
    "pricing": [
        "The cost is four dollars per employee, billed monthly.",
        "Month one is on us, completely free.",
        "Pay annually this quarter and you save fifteen percent.",
        "For twenty people that's roughly eighty dollars a month.",
        "No setup fee, no contract, just four dollars for each staff member.",
    ],
    "closing": [
        # 0, 1: a demo (0 in person, 1 over video); 2, 3: the contract / sign-up; 4: a free trial, then a call
        "Could I drop by your place and walk you through it face to face?",
        "How about a short screen-share demo? Which day works for you?",
        "Shall I send over the agreement so you can start this week?",
        "Would you like me to set up your account right now?",
        "Why not try it free for two weeks? I'll call after to see how it went.",
    ],
    "farewell": [
        "Thanks for giving me your ear, cheers.",
        "I'll let you get on, bye now.",
        "Grateful for the chat, enjoy the rest of your week.",
        "Thanks a lot, speak soon, bye.",
        "Cheers for the time, I'll get out of your hair.",
    ],
}
# which closings a client's sale / meeting answer follows (indices into OPERATOR["closing"])
CLOSING_FOR = {"sale": (2, 3), "meeting": (0, 1)}

CLIENT = {
    "greeting": ["Harp workshop, hello?",
                 "Rope access crew, go ahead, I'm up a building.",
                 "Cheese cave, hello, it's a bit echoey down here.",
                 "Model railway shop, good morning.",
                 "Tea estate visitor centre, how can I help?"],
    "permission": ["Go on, the varnish needs an hour anyway.",
                   "Make it quick, I'm hanging off the tenth floor.",
                   "Sure, I've just finished turning the wheels.",
                   "Yes, the shop's empty, just the little train going round.",
                   "Alright, the coach party isn't here yet."],
    "discovery": ["Five of us, but concert deadlines mess everything up.",
                  "Twelve climbers, two to a rope, and the weather decides the rest.",
                  "Eight people, the cheese needs turning every day, even Sundays.",
                  "Three staff and two Saturday kids, I do the rota on a whiteboard.",
                  "Twenty pickers and guides, the schedule's a big printed grid."],
    "presentation": ["Can it cope with people who hate apps?",
                     "Can I use it with gloves on, up on a rope?",
                     "Does the app work underground? The cave has no signal.",
                     "Could the Saturday kids swap without asking me every time?",
                     "Our guides rotate between the fields and the shop, can it do that?"],
    "social_proof": ["Bike shops are a bit different from harp making.",
                     "A theatre? We're hanging off skyscrapers, mate.",
                     "Fine, but does anyone in food use it?",
                     "Ski resorts, right, they've got big budgets.",
                     "Sounds lovely on paper."],
    "pricing": ["So four dollars for every picker, even seasonal ones?",
                "Is there a family business rate?",
                "What happens after the free month, does it renew by itself?",
                "Can we pause it over winter?",
                "Hm, a bit more than I'd hoped."],
    "closing": ["How hard is it to get set up?",
                "Is there a minimum contract?",
                "Will someone train the staff, or do we read a manual?"],
    "farewell": ["Bye, a customer wants to try a harp.",
                 "Got to go, the gusts are getting worse, cheers.",
                 "Bye, the cheese is calling.",
                 "Cheers, someone's at the counter.",
                 "Bye, the tour bus just pulled in."],
}
OBJECTIONS = {
    "price": ["Harp wood costs a fortune, there's nothing left for software.",
              "Window jobs dry up in winter, money's tight.",
              "Milk prices doubled, we can't add another bill.",
              "Margins on model trains are tiny, sorry."],
    "timing": ["We've got three harps due for a festival, not now.",
               "Spring is our crazy season, every building wants clean glass.",
               "The cave's full of new wheels this week, no time.",
               "Christmas rush, the shop is heaving, sorry."],
    "competitor": ["We use Rota Cloud already, it does the job.",
                   "The estate's parent company gave us their own planning tool.",
                   "Our payroll app does rotas too, good enough.",
                   "We've just paid for a year of When I Work."],
    "no_need": ["It's me and two apprentices, we just talk.",
                "Same five climbers every day, no planning needed.",
                "It's just the two of us and the cheese.",
                "I open the shop myself, there's no rota to speak of."],
}
HANDLING = {
    "price": ["The first month's free, so you'll know if it pays off before spending anything.",
              "On an annual plan this quarter it's fifteen percent cheaper.",
              "The overtime you avoid usually outweighs the monthly fee.",
              "You can start small, with just a handful of staff."],
    "timing": ["Sure, the short version then.",
               "That's fine, there's no need to start until things quieten down.",
               "Fair enough, one sentence and I'll let you go.",
               "Honestly, the busy weeks are when it saves the most."],
    "competitor": ["You can export from your current tool into ours in minutes.",
                   "We'll bring your schedules over for you, free of charge.",
                   "People often move to us because the app is simpler for staff.",
                   "Run both side by side for a month and keep the better one."],
    "no_need": ["Small teams still lose time texting about swaps.",
                "It's easy until the one person who knows the plan is off sick.",
                "Setting up a tiny team takes about twenty minutes.",
                "Since the trial costs nothing, there's no harm in a look."],
}
AFTER_HANDLING = ["Huh, fair point.", "Alright, carry on, I'm half convinced.", "Right, that does make sense.",
                  "Hm, that never crossed my mind.", "Okay, that's a decent argument."]
OUTCOME_CLIENT = {
    "sale": ["Go on then, set the workshop up and send me the paperwork.",
             "Right, we'll take it for the crew, email the contract.",
             "Okay, sign the cave up, I'll pay the invoice today.",
             "Fine, I'm sold, send the link for the shop.",
             "Alright, put the estate on the yearly plan."],
    "meeting": ["Come to the workshop Tuesday afternoon and show me.",
                "Meet us on the ground Thursday morning, before we go up.",
                "Drop in Friday at noon, you can taste the cheese.",
                "Show me on video Wednesday evening after closing.",
                "Let's do a video demo Saturday at nine, before the visitors."],
    "callback": ["Ring me after the festival, end of the month.",
                 "Call in winter, when the window season's over.",
                 "Give me a couple of weeks, we're shipping cheese.",
                 "Get in touch in January, once the Christmas madness is done.",
                 "Phone in autumn, when the harvest's finished."],
    "refusal": ["No, honestly, we get along without it.",
                "No, the lads won't touch another app.",
                "Thanks, but no, cheese doesn't need software.",
                "No, I'm closing the shop next year.",
                "No, head office won't allow it."],
}
OUTCOME_OPERATOR = {
    "sale": ["Brilliant, the paperwork will be with you shortly.",
             "Great, your account's being set up as we speak.",
             "Thank you, welcome aboard."],
    "meeting": ["Lovely, I'll pop an invite in your inbox.",
                "Great, it's a date, I'll bring my laptop.",
                "Perfect, I'll bring a demo built around your team."],
    "callback": ["No problem, I'll make a note to ring you then.",
                 "Sure, I'll get back to you at that time.",
                 "Okay, talk to you then."],
    "refusal": ["Understood, I appreciate the honest answer.",
                "Fair enough, I'll take you off my list.",
                "No worries, sorry to interrupt your day."],
}
VAGUE_CLIENT = ["Let's see how things pan out.",
                "I need to mull it over.",
                "Honestly, I'm on the fence.",
                "Time will tell, I suppose."]
HANGUP_CLIENT = ["Oh no, a string just snapped, got to go!",
                 "My rope's jammed, can't talk!",
                 "A whole shelf of cheese just fell, sorry!",
                 "The train's come off the track, kids are crying, bye!"]
HOLD_START = ["Hang on, I'm fetching the cave key.",
              "One moment, a customer's paying.",
              "Wait, I'm climbing down to the ground."]
HOLD_END = ["Sorry, back on the line now.", "Sorry for the wait, carry on.",
            "Right, sorted, keep going."]
LINE_CHECK = [("Hello? I think I lost you there.",
               "I'm here, the cave eats the signal."),
              ("You're going all robotic, are you still with me?",
               "Yes, it's just wind on the roof."),
              ("It's a bit crackly, can you hear me?",
               "I can, that's the trains rattling.")]
