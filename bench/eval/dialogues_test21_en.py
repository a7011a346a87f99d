"""Twenty-first held-out split, test21 (calls en-e41..en-e80) against `en-saas-demo`: wording written fresh.

Same rules and intent as dialogues_test21_ru.py: test21 is one more batch
nobody has scored, kept back (in eval_alignment's UNSCORED) for whoever
measures a later change to the alignment, once. No line scores >= 90
(rapidfuzz ratio, make_corpus.py check) against a script phrase, a train/test
line of dialogues_en.py or a line of the dev, dev2, test2 .. test20 modules;
operator lines keep some key words of their stage; written without looking at
callqa's outcome cue lists or its outcome/alignment code. Client personas
other than test2..test20: a bell foundry with the furnace going and a bell
being tuned, a puppet theatre before a matinee (puppets in the rigging), a
fire-extinguisher servicing firm with its technicians out on call-outs, a hop
farm in the picking season with the kiln running day and night, a
planetarium between shows under the dome, and a chimney-sweep firm whose
sweeps mostly work alone.
Agreements come as "Go on, sign the foundry up, send the paperwork to the
office" or "Deal, send the agreement to the planetarium and the director will
sign"; meetings are booked at the foundry on a Tuesday at eight before the
pour, over video on the theatre's dark Monday at three, at the farm on a
Saturday afternoon (bring wellies), at the planetarium on a Wednesday at ten
before the first show, or on a Friday at five when the lads are back from
their jobs; callbacks wait for the hops to be in (mid-September), the big bell
to be poured, the tour to end in late May, the heating season to wind down,
or the director in on Monday; refusals come from a theatre whose ministry
hands it everything, a firm that keeps to the old way, a workshop closing for
the winter, three sweeps with nothing to schedule, or a flat "the answer's
no"; hang-ups from a bell being lifted, a puppet dropped from the rigging, an
extinguisher going off in the workshop or a tractor stuck in the hop yard.
Operators acknowledge outcomes and say goodbye in words not used before.

`CLOSING_FOR` pairs a sale / meeting answer with a closing that offered it:
0, 1 a demo (0 in person); 2, 3 the contract / sign-up; 4 a free trial, then a call.
"""

from dialogues_en import (COMPANY, LANGUAGE, OPERATOR_NAMES, OPTIONAL, PROGRESS, ROLES,  # noqa: F401
                          SCRIPT, SLIPS, STAGES)

OPERATOR = {
    "greeting": [
        "Hello there! I'm {name}, and {company} is who I'm with.",
        "Morning! It's {name}, and I work at {company}.",
        "Hi, you've got {name} here, from a company called {company}.",
        "Good afternoon, {name} at {company}, I'll be brief, I promise.",
        "Hey there, {name} with {company}, we help teams plan their shifts.",
    ],
    "permission": [
        "Is this an okay moment, or are you up to your elbows in something?",
        "Could you spare me three minutes? No more, honestly.",
        "Have you got a moment, or should I catch you another time?",
        "Mind if I run something quick past you?",
        "Is it alright if I take a minute or two?",
    ],
    "discovery": [
        "How are you putting the shift plan together these days?",
        "How many staff are on the rota altogether?",
        "Which bit of planning next week's shifts drives you up the wall?",
        "If somebody swaps a shift or doesn't turn up, how does that get sorted?",
        "Is it a spreadsheet, a paper chart, or some app you use?",
    ],
    "presentation": [
        "With {company}, people mark when they're free and the rota fills itself in.",
        "Your staff trade shifts between themselves on their phones, you just approve.",
        "It sends the hours to payroll by itself, so timesheets are a thing of the past.",
        "You tell it the rules once, rest breaks, skills, and it plans around them.",
        "When someone drops out, it suggests who's free to cover.",
    ],
    "social_proof": [
        "A hotel group we work with now spends half the time on rotas it used to.",
        "One care home told us their overtime dropped within a month.",
        "A chain of garden centres got back roughly a day a week of admin.",
        "Lots of teams your size have ditched their spreadsheets completely.",
        "A city museum cut no-shows by about a third with the reminders.",
    ],
    "pricing": [
        "Every person you schedule costs four dollars a month, that's it.",
        "You'd pay nothing for the first month, it's on us.",
        "Pay yearly while this quarter lasts and fifteen percent comes off.",
        "For a team of twenty that's about eighty dollars a month.",
        "The price is per head, four dollars, with no setup fee.",
    ],
    "closing": [
        # 0, 1: a demo (0 in person, 1 over video); 2, 3: the contract / sign-up; 4: a free trial, then a call
        "Could I pop round one day and walk you through it on site?",
        "How about a twenty-minute video demo, is Tuesday or Wednesday better?",
        "Shall we get your account set up today? I'll send the agreement over now.",
        "Want me to email a sign-up link so you can get going straight away?",
        "How about a two-week free trial? I'd check in with you once it's up.",
    ],
    "farewell": [
        "Much appreciated, I'll leave you in peace.",
        "Nice chatting, hope the day treats you well.",
        "I'll let you get back to it, cheers, bye.",
        "Thanks ever so much, take it easy.",
        "Alright, that's all from me, goodbye for now.",
    ],
}
# which closings a client's sale / meeting answer follows (indices into OPERATOR["closing"])
CLOSING_FOR = {"sale": (2, 3), "meeting": (0, 1)}

CLIENT = {
    "greeting": ["Foundry, hello, you'll have to shout, the furnace is going.",
                 "Puppet theatre, box office, hello?",
                 "Extinguisher servicing, who's this?",
                 "Hop farm, yeah, go on.",
                 "Planetarium, hi, how can I help?"],
    "permission": ["Go on, the metal won't be ready for ten minutes.",
                   "Quickly, the matinee's at two.",
                   "Fine, my lads are all out on jobs, it's quiet.",
                   "Yeah, I'm just sat watching the kiln, fire away.",
                   "Sure, the next show's not for half an hour."],
    "discovery": ["Twelve in the casting shop on three shifts, it's all on a chalkboard.",
                  "Eight puppeteers plus front of house, and touring messes everything up.",
                  "Nine technicians, call-outs all over the county, the rota's a whiteboard.",
                  "In picking season we've forty pickers, and the kiln runs day and night.",
                  "Six presenters, school bookings every morning, and a group chat nobody reads."],
    "presentation": ["Will the casting crew use it? Half of them don't have smartphones.",
                     "Can it cope with us touring, a different venue every week?",
                     "What about emergency call-outs in the middle of the night?",
                     "Our pickers are seasonal, can they just join for six weeks?",
                     "Sorry, the dome's sound system was on, what did you say?"],
    "social_proof": ["Hotels are one thing, a foundry's quite different.",
                     "Have you got any theatres on your books?",
                     "That's nice, but they're not driving vans round the county.",
                     "Garden centres, fair enough, but farms?",
                     "Sounds good on paper."],
    "pricing": ["Per person? Even the seasonal pickers?",
                "Four dollars each, so for us that's under fifty a month, roughly?",
                "For a theatre on grants that's not nothing, but I hear you.",
                "Does the free month start today or when we log in?",
                "Is there a charity rate? We're a trust."],
    "closing": ["What's involved in getting it going, time-wise?",
                "Is there a contract, or can we stop any month?",
                "Does anyone train the team, or do we figure it out ourselves?"],
    "farewell": ["Bye now, they're tapping the furnace.",
                 "Cheers, the curtain's going up.",
                 "Bye, I've got a call-out coming in.",
                 "Right, back to the kiln, bye.",
                 "Take care, the lights are going down in the dome."],
}
OBJECTIONS = {
    "price": ["Bronze costs a fortune this year, there's nothing left for software.",
              "We live on arts grants, and this isn't in any of them.",
              "Honestly, I'd rather spend that on another pair of hands.",
              "Hop prices have crashed, we're cutting back on everything."],
    "timing": ["Picking starts on Monday, I can't think about rotas now.",
               "We open a new show on Friday, it's mayhem here.",
               "The fire inspections are all this month, I'm flat out.",
               "We're casting a cathedral bell this week, no chance."],
    "competitor": ["The council gave us their rota system, we have to use it.",
                   "We use the rostering bit of our payroll software, it does the job.",
                   "Head office put us on their own scheduling app last spring.",
                   "The growers' co-op runs the picking rota in its own program."],
    "no_need": ["There are four of us, we sort shifts over a cup of tea.",
                "Sweeps work alone, there's no rota to speak of.",
                "A paper chart on the wall does the job fine.",
                "Same people, same shifts, for twenty years, nothing to plan."],
}
HANDLING = {
    "price": ["Start with the free month and see if it pays for itself.",
              "Annual billing knocks fifteen percent off, which helps.",
              "The overtime it trims usually covers the bill several times over.",
              "You could put just the core staff on it to begin with."],
    "timing": ["Of course, I'll keep it to one sentence and let you go.",
               "No rush at all, you could set it up after the busy spell.",
               "Understood, just the headline then, thirty seconds.",
               "The busy weeks are exactly when it saves the most, but I'll be quick."],
    "competitor": ["It can sit alongside what you have and feed the hours into it.",
                   "We move your data across for free, so switching is painless.",
                   "Plenty of our customers came from other tools, the phone app won them over.",
                   "Keep your current one and trial ours next to it for a month."],
    "no_need": ["Even small teams lose hours to swaps and texts, that's what it fixes.",
                "A wall chart works until someone's off sick and you're not there.",
                "For a team your size it's set up in an afternoon.",
                "The first month costs nothing, so there's no harm in looking."],
}
AFTER_HANDLING = ["Huh, can't argue with that.", "Now that's interesting, keep going.", "Hm, that's a different way of looking at it.",
                  "Alright, go on then.", "That's true, actually."]
OUTCOME_CLIENT = {
    "sale": ["Go on, sign the foundry up, send the paperwork to the office.",
             "Right, we'll have it. Put the theatre's name on the contract.",
             "Yes, set us up, all nine technicians, I'll pay by card.",
             "Okay, the farm's in, send the link and I'll get everyone on tonight.",
             "Deal, send the agreement to the planetarium and the director will sign."],
    "meeting": ["Come to the foundry on Tuesday at eight, before we pour.",
                "Show me on a video call Monday at three, we're dark that day.",
                "Pop over to the farm Saturday afternoon, bring wellies.",
                "Come to the planetarium Wednesday at ten, before the first show.",
                "Friday at five suits, the lads are back from jobs then, come round."],
    "callback": ["Ring me mid-September, once the hops are in.",
                 "Try me in three weeks, after we've poured the big bell.",
                 "Give me a call at the end of May, when the tour's over.",
                 "Call back in spring, when the heating season winds down.",
                 "Phone on Monday, the director's in then and she decides."],
    "refusal": ["No, the ministry hands us everything we use, we don't choose.",
                "Thanks, but we do it the old way and that won't change.",
                "No, we're closing the workshop for winter, there's no point.",
                "I'll pass, there are three of us, there's nothing to schedule.",
                "The answer's no, I'm afraid, and it won't change."],
}
OUTCOME_OPERATOR = {
    "sale": ["Brilliant, the agreement and invoice will be with you today.",
             "Great, I'll get the account ready and email your login.",
             "Thank you, that's wonderful, I'll sort the paperwork now."],
    "meeting": ["Perfect, it's in my calendar, I'll send an invite.",
                "Lovely, that's booked, you'll get a confirmation shortly.",
                "Great, I'll see you then, looking forward to it."],
    "callback": ["No problem, jotted down, you'll hear from me then.",
                 "Sure, I'll call you back at that time.",
                 "Okay, that's in my diary, speak then."],
    "refusal": ["No worries, I appreciate the honest answer.",
                "Fair enough, I won't push, thank you.",
                "Okay, I'll take you off my list, sorry to bother you."],
}
VAGUE_CLIENT = ["We'll see how the land lies.",
                "Honestly? Fifty-fifty.",
                "Maybe, maybe not, I'll have a think.",
                "I'm in two minds, really."]
HANGUP_CLIENT = ["They're lifting the bell, I've got to run!",
                 "A puppet's just dropped from the rigging, sorry, bye!",
                 "An extinguisher's gone off in the workshop, I can't talk!",
                 "The tractor's stuck in the hop yard, got to go!"]
HOLD_START = ["Hang on, I need to sign for a delivery of cylinders.",
              "Just a sec, a school group's arrived, let me get them seated.",
              "Give me a moment, I'll check the kiln temperature."]
HOLD_END = ["Sorry, back now, carry on.", "Done, sorry, what were you saying?",
            "Okay, all yours again."]
LINE_CHECK = [("Hello? It's gone very loud, can you hear me?",
               "Yes, sorry, they're tuning a bell next door."),
              ("I'm getting a hissing noise, are you still there?",
               "I'm here, someone's venting a cylinder."),
              ("You're breaking up, shall I repeat that?",
               "Please, the signal's awful out in the hop yard.")]
