"""Twenty-fourth held-out split, test24 (calls en-i41..en-i80) against `en-saas-demo`: wording written fresh.

Same rules and intent as dialogues_test24_ru.py: test24 is one more batch
nobody has scored, kept back (in eval_alignment's UNSCORED, beside test23) for
whoever measures a later change to the alignment, once. No line scores >= 90
(rapidfuzz ratio, make_corpus.py check) against a script phrase, a train/test
line of dialogues_en.py or a line of the dev, dev2, test2 .. test23 modules;
operator lines keep some key words of their stage; written without looking at
callqa's outcome cue lists or its outcome/alignment code. Client personas
other than test2..test23: a bookbinding workshop, a mountain hut high on a
pass, an oyster farm on a tidal shore, a costume-hire shop, and a lavender
farm with its own still.

`CLOSING_FOR` pairs a sale / meeting answer with a closing that offered it:
0, 1 a demo (0 in person); 2, 3 the contract / sign-up; 4 a free trial, then a call.
"""

from dialogues_en import (COMPANY, LANGUAGE, OPERATOR_NAMES, OPTIONAL, PROGRESS, ROLES,  # noqa: F401
                          SCRIPT, SLIPS, STAGES)

OPERATOR = {
    "greeting": [
        "Morning, you've got {name} here, phoning for {company}.",
        "Hi, my name's {name}, and I'm with a company called {company}.",
        "Hello, {company} here, {name} speaking, have I got the manager?",
        "Good afternoon, it's {name}, {company}, the rota planning app.",
        "Hiya, {name} here, part of the {company} crew.",
    ],
    "permission": [
        "Is this an okay time, or should I try later?",
        "Could you give me two minutes, tops?",
        "Is it a terrible moment, or can you chat?",
        "Got a minute for a quick pitch?",
        "Would you mind if I borrowed a minute or two?",
    ],
    "discovery": [
        "How do you work out who's on when, at the moment?",
        "Roughly how many people are on the schedule in a busy week?",
        "When someone calls in sick, what happens next?",
        "Is the rota on paper, in a spreadsheet, or in some app?",
        "What eats up the most time when you put the week together?",
    ],
    "presentation": [
        "{company} reads who's free when and sketches out the week for you.",
        "If two people want to swap, they agree it in the app and you tap okay.",
        "Hours worked flow into payroll, so no more adding up timesheets.",
        "Set your rules once, like breaks and who can do what, and it sticks to them.",
        "It pings people before their shift, so nobody forgets.",
    ],
    "social_proof": [
        "A group of bakeries we work with now plan their week in about ten minutes.",
        "A climbing centre told us overtime fell noticeably within a month.",
        "One summer camp stopped juggling three spreadsheets after the first week.",
        "A cinema chain cut no-shows by around a third.",
        "Teams your size usually stop fighting with Excel pretty quickly.",
    ],
    "pricing": [
        "You'd be looking at four dollars a head, monthly.",
        "The first month costs you nothing at all.",
        "There's fifteen percent off annual plans, but only until this quarter wraps up.",
        "Ten staff works out at roughly forty dollars in total.",
        "Four dollars per person, and you can cancel whenever.",
    ],
    "closing": [
        # 0, 1: a demo (0 in person, 1 over video); 2, 3: the contract / sign-up; 4: a free trial, then a call
        "I could swing by in person and show you on your own rota, when's good?",
        "Could we do a quick online demo, twenty minutes on a video call?",
        "Want me to email the contract today so you're live next week?",
        "Shall I get your account created while we're on the phone?",
        "How about a two-week free trial, and I'll check in with you at the end?",
    ],
    "farewell": [
        "Thanks for hearing me out, have a good one.",
        "I've said my piece, mind how you go.",
        "Cheers for your patience, enjoy the afternoon.",
        "It's been a pleasure, so long.",
        "Right, I'll leave you to it, thanks again.",
    ],
}
# which closings a client's sale / meeting answer follows (indices into OPERATOR["closing"])
CLOSING_FOR = {"sale": (2, 3), "meeting": (0, 1)}

CLIENT = {
    "greeting": ["Bindery, hello.",
                 "Mountain hut, hello, you'll have to speak up.",
                 "Oyster farm, I'm out on the flats, go ahead.",
                 "Costume hire, good afternoon.",
                 "Lavender farm, hello, who's this?"],
    "permission": ["Go ahead, the glue's setting anyway.",
                   "Quickly, the helicopter's due with supplies.",
                   "Sure, the tide won't turn for half an hour.",
                   "Fine, nobody's in the fitting room.",
                   "Be quick, the still is heating up."],
    "discovery": ["Four binders and me, plus a student on Fridays.",
                  "Six wardens in season, rotating up and down the mountain.",
                  "Ten of us, and the tides set the hours, not me.",
                  "Seven staff, and everyone wants Saturdays off before carnival.",
                  "Fifteen pickers in July, three of us the rest of the year."],
    "presentation": ["Can it handle people who only work two days a week?",
                     "We've got satellite internet up here, will it even load?",
                     "Does it know about tide times? Our shifts move every day.",
                     "Could staff swap shifts without texting me at midnight?",
                     "Can it cope with a rota that triples in summer?"],
    "social_proof": ["Bakeries aren't exactly bookbinders, though.",
                     "A climbing centre's indoors, we're at three thousand metres.",
                     "Any farms, or is it all city businesses?",
                     "Cinemas, sure, they have proper HR departments.",
                     "Nice story, I suppose."],
    "pricing": ["Four dollars even for the summer pickers?",
                "Do you do a discount for farms?",
                "Does it renew on its own after the free month?",
                "We're closed in winter, can I freeze it?",
                "Hmm, that's a bit steep for us."],
    "closing": ["How soon could we actually be up and running?",
                "Can we cancel whenever?",
                "Will you help us load everyone in?"],
    "farewell": ["Bye, someone's here for their book.",
                 "Must dash, the chopper's landing.",
                 "Tide's coming in, bye.",
                 "Bye, a customer needs a pirate outfit.",
                 "Cheers, the tour group's arrived."],
}
OBJECTIONS = {
    "price": ["Leather's gone up, there's no spare cash for apps.",
              "Flying in supplies costs a fortune, we can't add more.",
              "A storm wrecked our oyster bags, money's tight.",
              "Costume hire barely breaks even, sorry."],
    "timing": ["We've got forty books due for a fair, not now.",
               "It's peak climbing season, we're packed, later.",
               "Low tide's short today, I need to go.",
               "Carnival's next week, it's madness here."],
    "competitor": ["We've got Homebase, it works for us.",
                   "The alpine club has its own system, we're stuck with it.",
                   "The co-op gave us their scheduling tool.",
                   "My niece made us a shared calendar, that's plenty."],
    "no_need": ["It's just three of us, we sort it over tea.",
                "Same two wardens all season, nothing to plan.",
                "The tide plans our day, not a rota.",
                "We're tiny, I just write names on the calendar."],
}
HANDLING = {
    "price": ["The free month lets you judge whether it pays for itself.",
              "Sign up for the year before the quarter closes and you keep fifteen percent.",
              "Usually the overtime it saves is bigger than the bill.",
              "Start with a few people only and grow from there."],
    "timing": ["Of course, thirty seconds and I'm done.",
               "No rush, you can start once the season calms down.",
               "Okay, just the main point and I'll go.",
               "Actually, peak weeks are where it helps most."],
    "competitor": ["We import from most tools, it takes a few minutes.",
                   "We'll move your existing rotas across for free.",
                   "Lots of teams switch because staff find our app easier.",
                   "Try us alongside it for a month, then pick one."],
    "no_need": ["Even small teams waste evenings on swap messages.",
                "Fine until the person who knows everything goes on holiday.",
                "A small team is set up in about a quarter of an hour.",
                "The trial's free, so a look costs you nothing."],
}
AFTER_HANDLING = ["Hm, I'll give you that.", "Alright, you've got my attention.", "Funny, I never thought of that.",
                  "Fair, what else?", "Maybe you're onto something."]
OUTCOME_CLIENT = {
    "sale": ["Alright, sign the bindery up and email me the contract.",
             "Okay, put the hut on it, I'll pay by card.",
             "Fine, set the farm up, send the invoice.",
             "Go on, we'll take it for the costume shop.",
             "Yes, put us on the annual plan, lavender and all."],
    "meeting": ["Come by the bindery Monday at ten and show me.",
                "Come up on Wednesday if the weather holds, show us there.",
                "Thursday at low tide, come to the farm.",
                "Do a video call Tuesday evening, after we shut.",
                "Video demo Friday at eight, before the tourists."],
    "callback": ["Ring me after the book fair, in three weeks.",
                 "Call in October, when the season's over.",
                 "Try me after the storms, early spring.",
                 "Phone after carnival, sometime in March.",
                 "Give me a call in August, once the lavender's cut."],
    "refusal": ["No, we'll muddle along the old way.",
                "No thanks, we've enough to worry about up here.",
                "Thanks, but oysters don't need a rota.",
                "No, we're selling the business.",
                "No, the co-op won't sign off on it."],
}
OUTCOME_OPERATOR = {
    "sale": ["Smashing, you'll have the paperwork by tonight.",
             "Great, I'm creating your account now.",
             "Thanks, glad to have you with us."],
    "meeting": ["Great, pencilled in.",
                "Lovely, I'll send the invite with the details.",
                "Perfect, see you then, I'll come prepared."],
    "callback": ["Sure, I'll jot that down and call you then.",
                 "Sure thing, I'll reach out when the time comes.",
                 "Alright, I'll ring back at that point."],
    "refusal": ["Right, I respect that, thanks for saying so.",
                "Understood, I'll leave you in peace.",
                "Shame, but I get it, all the best."],
}
VAGUE_CLIENT = ["Not sure yet, I'll have to think.",
                "Hard to say, really.",
                "No promises, honestly.",
                "Maybe one day."]
HANGUP_CLIENT = ["Oh no, the glue pot's tipped over, bye!",
                 "Radio's calling, rescue team, bye!",
                 "The boat's drifting off, bye!",
                 "A rail of costumes just collapsed, later!"]
HOLD_START = ["Hold on, let me get my boots on.",
              "One sec, zipping up a customer's dress.",
              "Wait, I need to feed the stove."]
HOLD_END = ["There, I'm with you again.", "Apologies, now, where had we got to?",
            "Done, fire away."]
LINE_CHECK = [("Hello? I've gone deaf on this end, are you there?",
               "Yes, signal's patchy up the mountain."),
              ("Your voice keeps dropping out, hear me okay?",
               "I can, the sea's blowing a gale."),
              ("Sorry, you cut out, still with me?",
               "Still here, that's the press thumping.")]
