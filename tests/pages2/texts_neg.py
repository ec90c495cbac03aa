"""Hard negatives: pages without reader comments whose article text looks
like comments in places (numbered lists at the end, transcripts with
speaker names, recipe cards, event listings with dates and times, embedded
tweets, reader letters signed with names, closed comment areas).
Written for this corpus.  Markup: see fmt.py."""

TEXTS = {}

TEXTS["neg_listicle_01"] = """
T: Seven habits of people who never lose their keys
A: Dana Whitfield
TAGS: organisation, habits, home
S: Losing your keys costs the average person several minutes a day. A few small routines fix it almost completely.
P: We asked a professional organiser, a locksmith and a cognitive psychologist what people who never misplace their keys do differently. Their answers overlapped more than we expected.
P: The psychologist's explanation is simple: we lose things when we put them down without paying attention. The habits below all work by making the put-down automatic or by making it noticeable.
H: The seven habits
OL: One place, always. A bowl or hook by the door that is used for keys and nothing else.
OL: Keys go down before the shoes come off. The first thing you do when you get home, every time.
OL: A bright key ring. Colour makes keys visible in a bag or on a cluttered table.
OL: Say it out loud. "Keys on the hook" sounds silly but it creates a memory of the action.
OL: A spare with someone you trust, not under the doormat.
OL: A tracker tag if you really can't change your habits.
OL: Check before you close the door. Pat the pocket, then pull the door.
P: None of these costs more than a few pounds, and most cost nothing at all.
"""

TEXTS["neg_interview_01"] = """
T: "The orchestra is a village": a conversation with conductor Amara Osei-Bonsu
A: Felix Granger
TAGS: classical music, interview, conducting
S: Before her debut season as music director, Osei-Bonsu talks about rehearsing in silence, touring with children and why she still takes the bus to work.
P: Amara Osei-Bonsu became the orchestra's first new music director in fourteen years last autumn. We met in a rehearsal room an hour before a run-through of Mahler's fourth symphony. This conversation has been edited for length.
SPK: GRANGER || You've said your first rehearsals here were almost silent. What do you mean?
SPK: OSEI-BONSU || I listened for two days before I asked for anything. An orchestra has its own habits, its own sound. If you start changing things on the first morning, you are changing things you don't yet understand.
SPK: GRANGER || Was that hard?
SPK: OSEI-BONSU || Very. Conductors are not patient people. But the players noticed, and I think it bought me trust I could spend later.
SPK: GRANGER || You're bringing the orchestra into schools this year.
SPK: OSEI-BONSU || Into schools, and bringing schools into the hall. Forty children will sit inside the orchestra during open rehearsals, between the cellos and the horns. You can't forget that sound once you've heard it from the inside.
SPK: GRANGER || And the bus?
SPK: OSEI-BONSU || The number 12 stops outside the stage door. Why would I take a car? I learn more about this city on that bus than in any meeting.
P: Osei-Bonsu conducts the season's opening concert on September 14.
"""

TEXTS["neg_recipe_01"] = """
T: Crispy Chickpea and Halloumi Traybake
A: Joanna
TAGS: traybake, halloumi, weeknight
S: One tray, twenty minutes of hands-on time, and the chickpeas go crunchy at the edges.
P: This is the dinner I make when I get home late and can't face washing more than one tray. The chickpeas roast until they crackle, the halloumi goes golden, and the peppers collapse into something jammy.
P: You can swap the halloumi for feta (add it for the last ten minutes only) or leave the cheese out and serve it with yoghurt.
RC: Prep Time || 10 minutes
RC: Cook Time || 35 minutes
RC: Servings || 4
ING: 2 tins chickpeas, drained and dried well
ING: 2 red peppers, cut into strips
ING: 1 red onion, cut into wedges
ING: 250 g halloumi, cut into thick slices
ING: 3 tbsp olive oil
ING: 2 tsp smoked paprika
ING: 1 lemon
STEP: Heat the oven to 220 °C (200 °C fan).
STEP: Toss the chickpeas, peppers and onion with the oil, paprika and a good pinch of salt on a large tray.
STEP: Roast for 20 minutes, then add the halloumi slices on top and roast for another 15 minutes until golden.
STEP: Squeeze over the lemon and serve straight from the tray.
"""

TEXTS["neg_events_01"] = """
T: What's on this weekend: lantern parade, vinyl fair and a night at the observatory
A: Events desk
TAGS: events, weekend, family
S: Our pick of the best things to do across the district from Friday to Sunday.
P: The clocks have gone back and the evenings are dark, which means it is lantern season. Here is everything we think is worth leaving the house for this weekend.
EV: Friday 3 November, 7pm to 10pm || Stargazing night at Crowhill Observatory || Crowhill Observatory, Ridge Lane || Tickets 8 pounds, children under 12 free. Warm clothes essential.
EV: Saturday 4 November, 10am to 4pm || Vinyl and record fair || Corn Exchange, Market Square || Over 40 stalls. Free entry before noon, 2 pounds after.
EV: Saturday 4 November, 5.30pm || Lantern parade || Starts at St Mary's Church, ends at Riverside Park || Lantern-making workshops from 2pm in the church hall.
EV: Sunday 5 November, 11am and 2pm || Family puppet show: The Owl Who Was Afraid of the Dark || Little Theatre, Bridge Street || 45 minutes, suitable for ages 3 and up.
EV: Sunday 5 November, 6pm || Community fireworks display || Riverside Park || Gates open at 5pm. Donations to the mountain rescue team.
"""

TEXTS["neg_tweet_01"] = """
T: Power cut leaves 30,000 homes in the dark after substation fire
A: Owen Price
TAGS: power cut, substation, fire service
S: Engineers expect to restore supply to most homes by midnight. The cause of the fire is not yet known.
P: About 30,000 homes and businesses lost power on Tuesday evening after a fire at the Eastfield electricity substation, the network operator said.
P: Firefighters were called shortly after 6pm and brought the fire under control within an hour. Nobody was injured.
TW: Crews are at the scene of a fire at Eastfield substation. Please avoid the area around Mill Road and keep windows closed if you live nearby. || County Fire & Rescue || @CountyFireRescue || October 17, 2023
P: The network operator said power had been rerouted to about half of the affected homes by 9pm, and that most of the rest should be reconnected by midnight.
TW: We're sorry to everyone affected by tonight's power cut. Our engineers are working to restore supply. If you're vulnerable and need help, call 105. || Eastfield Power Networks || @EastfieldPower || October 17, 2023
P: Several traffic lights on the ring road were also out of action and police asked drivers to treat junctions with care.
"""

TEXTS["neg_letter_01"] = """
T: Letters: The bus timetable, the old swimming baths, and a thank-you
A: Letters editor
TAGS: letters, readers
S: Your views on this week's news. Letters may be edited for length.
P: Every week we print a selection of the letters we receive. This week many of you wrote about the new bus timetable.
H: The 42 is no longer a bus
LET: Since the new timetable started, the number 42 runs every ninety minutes in the evening. I finish work at 9pm. The last bus that gets me home now leaves at 8.40. I would like the person who wrote this timetable to try getting home from the hospital on it. || Maureen Tate, Holloway
H: Save the old baths
LET: The Victorian baths on Albert Road are one of the finest buildings in the town. Demolishing them for flats would be a disgrace. Other towns have turned their old baths into markets, gyms and arts centres. Why can't we? || Dr Graham Knowles, Westgate
H: A thank-you to the ambulance crew
LET: On the morning of 12 March my husband collapsed in the garden. The ambulance crew arrived in eleven minutes and were calm, kind and brilliant. He is home now and doing well. I never got their names, but if they read this: thank you, from both of us. // I would also like to thank our neighbour Dev, who came running over the fence. || Pauline Harris, Orchard Rise
"""

TEXTS["neg_closed_01"] = """
T: Trial of former care home manager adjourned until June
A: Court reporter
TAGS: courts, care homes
S: The judge said the delay was needed to allow new expert evidence to be disclosed to the defence.
P: The trial of a former care home manager accused of failing to report a series of falls has been adjourned until June.
P: The defendant, 54, denies three charges of wilful neglect relating to residents at a care home in the west of the county between 2019 and 2021.
P: At a short hearing at the Crown Court on Monday, the judge said the prosecution had served new expert evidence late and that the defence needed time to respond.
P: The defendant was granted bail on the same conditions as before.
"""

TEXTS["neg_closed_02"] = """
T: Neues Parkhaus am Bahnhof: Bauarbeiten beginnen im Herbst
A: Jonas Brandt
TAGS: Bahnhof, Parken, Bauprojekte
S: Das Parkhaus soll 600 Stellplätze und eine große Fahrradgarage bekommen. Während der Bauzeit fallen 200 Parkplätze weg.
P: Der Bau des neuen Parkhauses am Hauptbahnhof soll im Oktober beginnen. Das hat die Stadtverwaltung am Dienstag im Bauausschuss mitgeteilt.
P: Auf fünf Ebenen entstehen rund 600 Stellplätze, davon 40 mit Ladesäulen für Elektroautos. Im Erdgeschoss ist eine bewachte Fahrradgarage mit 350 Plätzen geplant.
P: Während der Bauzeit von voraussichtlich 18 Monaten fällt der bisherige Parkplatz an der Westseite weg. Pendlerinnen und Pendler sollen auf den Parkplatz an der Messe ausweichen, von dem ein Shuttlebus fährt.
P: Die Kosten werden auf 21 Millionen Euro geschätzt.
"""
