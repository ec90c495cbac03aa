"""Article and comment texts of the tune pages (written for this corpus).
Markup: see content_format.py."""

TEXTS = {}

TEXTS["wp_classic_01"] = """
T: Council backs protected bike lanes on Main Street after four-year fight
A: Sam Reed
TAGS: bike lanes, Main Street, council
P: The city council voted seven to two on Tuesday night to build a continuous protected bike lane along Main Street, from the rail bridge to the ferry terminal, ending a debate that has filled public meetings since 2013.
P: The plan removes 84 parking spaces on the east side of the street and narrows the two traffic lanes. Concrete kerbs, not painted lines, will separate cyclists from cars.
FIG: Cyclists wait at the corner of Main and Fourth during the evening rush. || Photo: Ana Brill
P: Councillor Ruth Okafor, who proposed the scheme, said the city had "run out of excuses" after two serious crashes on the street last year.
REL: Ferry timetable changes from Monday
P: Shop owners on the eastern blocks were less pleased. Several told the meeting that losing kerbside parking would push customers towards the retail park on the ring road.
H: What happens next
P: Construction is due to start in April and last about five months. The city says one lane in each direction will stay open throughout.
C: Marta K. | Finally. I have been cycling that stretch to work for eleven years and it is terrifying after dark.
C:> Dennis | Same here. The bit by the rail bridge is the worst, cars come off the slip road far too fast.
C:>> Marta K. | Yes! That corner is the one that worries me most.
C: Geoff Linley | 84 spaces is a lot. My mother can't walk far and the pharmacy is on that block. Has anyone thought about disabled parking at all? // I'm not against bikes, I just want to know the council has a plan for people who can't ride one.
C:> Sam Reed | Geoff, the report says 6 blue badge bays will be moved to the side streets within 50 metres. I'll ask the transport office for the exact locations.
C: - | Another waste of money. Nobody cycles in February.
C: Priya | Q> Concrete kerbs, not painted lines, will separate cyclists from cars. // This is the important part. Paint protects nobody.
"""

TEXTS["wp_classic_02"] = """
T: Smoky Red Lentil and Chard Soup
A: Leila
TAGS: lentils, soup, freezer-friendly
S: A thick, brick-red soup that is on the table in forty minutes and tastes like it took all afternoon.
P: This is the soup I make on Sunday nights when the fridge is mostly empty apart from a bunch of chard that is starting to look tired. Red lentils collapse as they cook, so there is no blending and no soaking.
P: The smokiness comes from two places: smoked paprika, and a little bit of charred onion. If you skip the charring, the soup is still good, just gentler.
FIG: The soup, finished with lemon and a swirl of yoghurt. || Photo © Leila Haddad
H: Ingredients
UL: 1 large onion, half sliced thickly, half diced
UL: 3 cloves garlic, chopped
UL: 2 teaspoons smoked paprika and 1 teaspoon ground cumin
UL: 250 g red lentils, rinsed
UL: 1.2 litres vegetable stock
UL: A bunch of chard, stems and leaves separated
UL: Juice of half a lemon
H: Method
OL: Char the thick onion slices in a dry pan until blackened in spots, then chop them roughly.
OL: Soften the diced onion and chard stems in olive oil for eight minutes, add the garlic and spices and stir for one more minute.
OL: Add the lentils, stock and charred onion. Simmer for twenty-five minutes, stirring now and then so the bottom does not catch.
OL: Stir in the shredded chard leaves for the last five minutes, season well and finish with lemon juice.
P: It keeps for four days in the fridge and freezes well, although the chard goes a little darker.
C: Hannah {rating=5} | Made this tonight with spinach instead of chard because that's what I had. Lovely! 😍
C: Tom R. {rating=4} | Really good. I found it needed more salt than I expected, maybe my stock was low sodium. // Next time I'll double the paprika.
C:> Leila | Thanks Tom! Yes, stock varies a lot. I use a cube and it's quite salty, so I should add a note about that.
C: Carmen {rating=5} | Riquísima. La hice con acelgas del huerto y a mi hijo le encantó. ¡Gracias por la receta!
C: Jules | Can I use green lentils? They're all I have in the cupboard.
C:> Leila | You can, but they won't break down the same way, so the soup will be brothier. Give them 35 to 40 minutes.
C:>> Jules | Perfect, thank you! Going to try it tomorrow.
C: Martin {rating=3} | The charred onion bit set off my smoke alarm twice 😂 Tasty though.
"""

TEXTS["wp_classic_03"] = """
T: Our CI got 40% faster when we stopped caching Docker layers
A: Mira Castell
TAGS: CI, Docker, caching
P: For about two years our pipeline started every job by pulling a multi-gigabyte cache image from the registry. It felt responsible. It was also the slowest thing we did.
P: Last month I turned the layer cache off for a week as an experiment, expecting to turn it straight back on. Median build time dropped from eleven minutes to six and a half.
H: Why the cache was slow
P: Three things added up. The cache image was pulled in full even when only one layer was reused. Our runners are ephemeral, so there was never a warm local copy. And the cache was invalidated on every dependency bump, which happens several times a day.
Q: A cache that misses most of the time is just a very expensive download.
P: That line came from a colleague during the retro and I have not been able to stop thinking about it.
H: What we did instead
UL: Split the base image so that the heavy system packages live in a tag we rebuild weekly.
UL: Moved dependency installation into its own step with a lockfile-keyed cache on local disk.
UL: Stopped pushing the cache image entirely.
P: None of this is clever. The lesson for me is that caching decisions deserve a measurement, not a default.
FIG: Median job duration before and after the change, in minutes.
P: If you try this and it makes things slower, I would love to hear about it. Every pipeline is different.
C: jkl | We saw the same thing on GitHub Actions. The cache restore step was longer than the build it was meant to speed up.
C: Andrea Volpe | Nice write-up. Did you look at BuildKit's inline cache? It only fetches the layers it needs, so the "pull everything" problem goes away. // We still had to tune the cache keys, but it was worth it.
C:> Mira Castell | We did try it briefly. It helped, but the invalidation issue from the dependency bumps was still there. Might revisit.
C: Pieter | Counterpoint: on our self-hosted runners the layer cache is local and it saves about 70% of build time. So "it depends" as always.
C: Sunny | Bookmarked. Now to convince my team lead…
"""

TEXTS["wp_classic_04"] = """
T: What the pension bill actually changes, section by section
A: Wes Orlan
TAGS: pensions, state budget
P: The pension bill that passed the House on Thursday runs to 214 pages. Most of the coverage so far has focused on one number, the new contribution rate for teachers. There is a lot more in it than that.
P: We read the whole thing so you do not have to. Here is what each part does, in plain language.
H: Section 1: contribution rates
P: Employee contributions rise from 8 to 9.5 per cent of salary over three years for anyone hired before 2012. Newer employees already pay more and see no change.
H: Section 2: cost-of-living adjustments
P: Annual increases for retirees are capped at 2 per cent, down from 3, and only apply to the first 30,000 dollars of a pension. Advocates for retirees call this the biggest cut in the bill.
H: Section 3: the new hybrid plan
P: Workers hired after July next year will get a smaller traditional pension plus a 401(k)-style account. The state will match up to 3 per cent.
H: Section 4: the funding schedule
P: The state commits to reaching 80 per cent funding by 2045. The bill does not say what happens if a future legislature skips a payment, which is how the system got here in the first place.
P: The Senate is expected to take up its own version next month. We will update this guide if anything changes.
"""

TEXTS["wp_pingback_01"] = """
T: Trail report: the Cold Spring ridge loop after the first snow
A: Ansel
TAGS: trail report, ridge, snow
P: I went up the Cold Spring ridge loop on Saturday, two days after the first real snowfall of the season. Short version: it is beautiful, it is slippery, and the upper section needs microspikes.
FIG: Looking north from the second summit around 11am.
P: The lower three kilometres through the pine forest were mostly clear. Above the old fire road the snow was about ankle deep, packed down by a few earlier hikers, with ice under it on the north-facing switchbacks.
P: The creek crossing at the saddle was running high. The stepping stones were underwater, so I went upstream about 50 metres where a fallen log makes an easy bridge.
H: Timing and parking
P: The loop took me five hours with a long lunch. The trailhead car park was full by nine, and people were parking along the road, which the rangers say they will start ticketing.
P: Daylight is short now. Start early and carry a headlamp even if you think you will not need it.
C: Lucy Q. | Thanks for this, we were planning to go up next weekend. Good to know about the log crossing.
C:> Ansel | No problem! It's about 50 m upstream, you'll see a cairn on the left bank.
C: Bram | Microspikes are a must on those switchbacks, I slid about two metres on the way down last winter and was lucky to stop.
C: Hélène | Superbe photo ! On a fait la boucle en octobre, avant la neige. Il faudra revenir en hiver.
C: Gus the hiker | Were dogs ok on the snowy section? Mine hates ice.
C:> Ansel | Saw two dogs up there and they seemed fine, but one of them was wearing little boots 😄
"""

TEXTS["wp_pingback_02"] = """
T: Review: The Salt Road, a debut novel about a family of ferrymen
A: Nell Farrow
TAGS: debut, translated fiction, reviews
P: The Salt Road follows three generations of a family who run a cable ferry across a wide, brown river. Nothing much happens for the first hundred pages, and that is the point.
P: The author spent years working on river boats before writing the book, and it shows in the details: the smell of diesel on wet rope, the way regulars always stand in the same spot on the deck, the shorthand between father and son.
Q: "The river did not care who owned the ferry. It only cared that someone was paying attention."
P: The middle section, when a bridge is proposed upstream, is where the book finds its tension. The family splits over whether to fight it or sell. Neither side is written as the villain.
P: The translation is plain and unshowy, which suits the story. A few idioms felt a little too literal, but I stopped noticing them after the first few chapters.
P: Recommended for anyone who liked quiet family novels with a strong sense of place. Our library has four copies and a large-print edition on order.
"""

TEXTS["wp_pingback_03"] = """
T: Counting newts by torchlight: what three years of survey data tell us
A: Dr. Imogen Hale
TAGS: amphibians, survey methods, citizen science
P: Every spring since 2017, volunteers from the field station have walked the margins of twelve ponds after dark, counting great crested newts by torchlight. This post summarises what the first three seasons of data show.
FIG: A male great crested newt in breeding colour, photographed under licence. || Photo: Field Notes volunteers
P: The short answer is that the counts are noisy, but the ponds that were restored in 2016 now hold newts in numbers similar to the best of the unrestored ponds. That is encouraging, with caveats.
H: Why torch counts are tricky
P: Counts depend heavily on water clarity, temperature and the person holding the torch. One volunteer consistently counted about 30 per cent more newts than anyone else. We now pair new surveyors with experienced ones for their first four visits.
P: We also record a clarity score for every visit and include it in the model, which reduces the noise a lot.
H: What comes next
P: This year we are adding bottle traps at four of the ponds, under licence, so we can compare the two methods directly. If you want to join a survey evening, the sign-up form is on the volunteers page.
C:^> Dom A. | Agree with the point above about clarity scores, but how do you keep scoring consistent between volunteers?
C: Rob Fenwick | The observer effect finding is fascinating. We saw something very similar with bat detector surveys. Did you consider modelling observer as a random effect?
C:> Dr. Imogen Hale | Yes, that's exactly what we do now. In the first season we didn't have enough repeat visits per person for it to work, which is why the early numbers look odd.
C: Kasia | I've volunteered for two seasons now and can confirm the torch makes a big difference. The cheap ones turn the water green and you can't see anything!
C: Nadia | Is there a version of this for kids? My daughter would love to come along.
"""

TEXTS["wpdiscuz_01"] = """
T: Europe pays the price for Washington's energy strategy
A: Viktor Lanning
TAGS: energy, Europe, sanctions, LNG
P: Two winters into the energy crisis, the balance sheet is becoming hard to ignore. European industry is paying three to four times more for gas than its American competitors, and factories are quietly moving across the Atlantic.
P: This was not an accident of the market. It was the predictable result of decisions taken in Brussels under heavy pressure from Washington, which has become the largest supplier of liquefied gas to the continent.
FIG: A tanker unloads liquefied natural gas at a terminal on the North Sea coast. || © AP Photo / File
P: Officials insist that the diversification away from pipeline gas was necessary for security. Yet replacing one dependence with another, more expensive one is a strange definition of security.
REL: Why the grain corridor matters
P: German chemical producers have already cut output, and several have announced new plants in Texas and Louisiana, citing energy costs. Trade unions warn that the jobs will not come back.
P: There is still no serious public debate about any of this. Questioning the strategy is treated as disloyalty, and the people who pay the bills are told to turn the heating down.
C: Karl H. | Anyone with a calculator saw this coming. My heating bill doubled and my employer is "reviewing its European footprint". We all know what that means.
C:> maria_s | Same in our town. The glass factory closed in spring, 400 jobs gone.
C:>> Karl H. | Sorry to hear that. And the politicians who made these choices will never feel it.
C: Observer77 | The article leaves out that prices have fallen a lot since the peak. Still high, but not the disaster it was two years ago.
C:> Viktor Lanning | Fair point, spot prices are down from the peak. The gap with US prices is still very large though, and that's what matters for industry.
C: Petr N. | Energie je drahá všude, ale u nás to je opravdu katastrofa. Malé firmy krachují.
C: truthseeker | Follow the money. Who sells the LNG? Who profits? Simple.
C: Linda Moor | I think you're being unfair to the EU, what was the alternative? Keep buying from a country that is at war? // Not everything is a conspiracy.
C:> truthseeker | Nobody said conspiracy. It's business. Somebody is getting rich.
"""

TEXTS["wpdiscuz_02"] = """
T: Smart meters: the questions your energy company won't answer
A: R. Delacroix
P: Millions of households have had smart meters installed over the past decade, often after repeated letters and phone calls from their supplier. Many people agreed simply to make the calls stop.
P: But what exactly does the meter record, how often, and who gets to see it? We asked five suppliers. None gave a straight answer.
P: The official line is that the data is used to produce accurate bills and to help balance the grid. Privacy campaigners point out that half-hourly readings can reveal when you wake up, when you go on holiday and when the house is empty.
Q: "Once the infrastructure exists, the temptation to use it for other purposes is enormous," one campaigner told us.
P: Suppliers also have the ability to switch some meters to prepayment mode remotely. Regulators say this can only happen with proper safeguards, but there have already been cases where it happened without a visit.
P: If you have a smart meter, you have the right to ask your supplier what data it collects and to choose how often readings are taken. Few customers know this.
"""

TEXTS["wpdiscuz_03"] = """
T: Tactical review: how a switch to a back three turned the derby
A: Callum Reyes
TAGS: tactics, derby, back three
P: For forty minutes, Saturday's derby looked like every other match this season: lots of possession, few chances, and a full-back left exposed every time the ball was lost. Then the manager changed the shape, and the game changed with it.
P: Moving the holding midfielder into the back line gave us three centre-backs in possession and freed both wing-backs to push high at the same time. The opposition's front two suddenly had three players to press instead of two.
FIG: The average positions before and after the 41st minute switch. || Graphic: Fullback Focus
P: The first goal came directly from it. The left centre-back carried the ball into midfield, drew their number eight, and the pass into the space behind him was simple.
H: Is it sustainable?
P: One match is not a system. The back three left us short in central midfield, and a better side would have punished it in the last fifteen minutes. But it gave the manager a plan B, which we have not had all season.
C: Big Sam's Barber | Best analysis I've read of the game. Couldn't work out from the stands why we suddenly looked so comfortable.
C: Joe M | Back three all day. Should have done it in September.
C:> Fernando | In September we didn't have three fit centre-backs, to be fair.
C:>> Joe M | Fair enough, but we've had them since October!
C:>>> Callum Reyes | The manager said after the game they'd been training it for a few weeks, so maybe he was waiting for the right match.
C: Deb | The second half was nervy though. Their winger was getting in behind every time.
C: ultras_1987 | Great game, great result, great post ⚽⚽⚽
"""

TEXTS["disqus_01"] = """
T: Why your phone battery drains faster in winter, and what actually helps
A: Nina Okoro
S: Cold weather really does sap lithium-ion batteries. Here's the science, and the tips that make a difference.
P: If your phone seems to lose a quarter of its charge on a short walk in the cold, you are not imagining it. Lithium-ion cells deliver less power at low temperatures because the chemical reactions inside them slow down.
P: The good news is that most of that lost capacity comes back as soon as the battery warms up again. The charge has not vanished; it is just temporarily harder to get at.
FIG: Battery capacity at different temperatures, measured on three phones in our lab. || Chart: Circuit Daily
H: What actually helps
UL: Keep the phone in an inside pocket, close to your body, rather than in a bag or outer pocket.
UL: Avoid charging a very cold phone. Let it reach room temperature first.
UL: Turn down screen brightness, which is the biggest single drain on most phones.
P: Battery cases and low-power modes help a little, but body heat is free and works better than either.
H: What doesn't
P: Putting your phone on a radiator to "recharge" it is a bad idea. Heat does far more long-term damage to a battery than cold.
C: Ravi Anand | I live in Winnipeg and my phone literally shuts down at 30% when it's -30 outside. Inside pocket is the only thing that works.
C:> coldhands | Same in Tromsø. I have a cheap backup phone that I only use in winter.
C: Kelly Brandt | Good to know about not charging it cold. I've been plugging it in the car straight away for years 😬
C:> Nina Okoro | It's usually fine if the car is warm, the risk is charging below about freezing. Most phones will refuse anyway.
C:>> Kelly Brandt | Thanks, that makes me feel a bit better!
C: Lorna_Mc {guest=1} | my iphone 8 battery health is 71% is it worth replacing or just buy a new phone
C: Oskar | Would love to see the same test with an older phone. I bet the drop is much worse on a worn battery.
"""

TEXTS["disqus_02"] = """
T: The stadium deal is a bad bet for taxpayers
A: Dale Hurst
P: The county is about to commit 340 million dollars of public money to a new stadium for a team whose owner is worth several billion. Supporters say the project will pay for itself through jobs and tourism. The history of stadium deals says otherwise.
P: Economists who have studied these projects for decades almost all reach the same conclusion: new stadiums mostly move local spending around rather than creating new spending. A family that buys tickets is a family that does not eat out or go to the cinema that weekend.
Q: "If stadiums generated the returns their backers claim, private investors would be lining up to pay for them."
P: The deal also leaves the county responsible for maintenance after year fifteen, which is exactly when big repairs tend to start.
P: I am not against the team. I grew up going to games with my father. But a public investment should be judged by what else the money could do, and 340 million dollars would rebuild every school roof in the county twice over.
C: Tina Mercer | Thank you for saying this. Nobody on the commission will.
C: Big Red Fan | So we just let the team move to another city? That's what happens if we don't build it.
C:> Dale Hurst | That's the threat every time, and sometimes it's real. But other cities have negotiated much better terms by calling the bluff.
C:>> Big Red Fan | Easy to say when it isn't your team leaving.
C:> Manny Ortiz | They've threatened to leave three times since 1998. They're still here.
C: Lorraine H. | School roofs! My kids' school has buckets in the gym when it rains. Priorities.
C: J. Whitfield | Good column but the maintenance point needs a source, I'd like to read the actual contract.
C:> Dale Hurst | It's in Schedule D of the draft agreement, page 41. The county posted it online last week.
"""

TEXTS["disqus_03"] = """
T: Astronomers spot a planet that shouldn't exist around a tiny star
A: Felix Aranda
P: A team of astronomers has found a giant planet orbiting a red dwarf star so small that, according to standard models, it should not have had enough material to build one.
P: The star has about a tenth of the mass of the Sun. The planet is roughly the size of Neptune but much denser, and it completes an orbit every four days.
FIG: Artist's impression of the planet and its red dwarf host. || Image: Stargazer Science / illustration
P: Planets form from disks of gas and dust around young stars. Small stars tend to have small disks, so a planet this heavy is a puzzle. Either the disk was unusually massive, or the planet formed in a different way, perhaps by the disk collapsing directly.
P: The discovery was made using the wobble the planet induces in its star, measured with a spectrograph over two years. The team plans to look for more companions in the system.
C: Maya L. | How do they know it's dense if they only measured the wobble? Doesn't that just give the mass?
C:> physics_pat | Good question! The wobble gives a minimum mass. If it also transits the star you get the radius, and then density. The paper says it transits.
C:>> Maya L. | Ah, that makes sense, thanks!
C: stargazer1960 {guest=1} | Another planet we'll never visit.
C: Dr. Whit Sandoval | Direct collapse is very controversial for stars this small. I'd want to see the disk mass estimates before getting excited.
C: Ingrid | Das ist wirklich faszinierend. Rote Zwerge sind die häufigsten Sterne in der Galaxie, also gibt es vielleicht noch viel mehr solcher Planeten.
"""

TEXTS["blogger_01"] = """
T: Church Supper Baked Beans
A: Ruthie B.
TAGS: beans, church supper, potluck
P: This is page 14 of Mother's notebook, and the page is so splattered with molasses that I had to guess at one of the measurements. I have made it four times now to get it right.
P: She made these beans for every church supper I can remember, in the big brown crock with the chipped lid. They cook slowly all afternoon and the whole house smells of them.
FIG: The crock, still going strong after sixty years.
P: Soak 2 pounds of navy beans overnight. Simmer them in fresh water until the skins split when you blow on them, about an hour.
P: Put a quartered onion in the bottom of the crock. Mix a half cup of molasses, a third cup of brown sugar, 2 teaspoons of dry mustard and a teaspoon of salt with a little hot water, and pour it over the drained beans. Lay strips of salt pork over the top.
P: Bake covered at 300 degrees for six hours, adding water if they look dry. Take the lid off for the last hour.
P: Mother always said the beans were better the next day, and she was right.
C: Anonymous | My grandmother made them almost exactly like this! She added a spoon of ketchup though. Brings back memories.
C: Peggy Ann | Ruthie these look just like the ones from the Harvest supper. Do you think bacon would work instead of salt pork? I can never find salt pork at our store.
C: Ruthie B. | Peggy, bacon works fine, just use a bit less salt. Mother used bacon in the war years when salt pork was scarce.
C: Anonymous | Six hours?? Could I do this in a slow cooker?
C: Dottie from Maine | We use yellow eye beans up here. Same recipe otherwise. Thank you for typing these up, it's a lovely thing to do for your family.
"""

TEXTS["blogger_02"] = """
T: Fixing a washing machine that won't drain: the pump filter nobody cleans
A: Tomasz
TAGS: washing machine, repair log, appliances
P: Our washing machine stopped mid-cycle last week with a full drum of water and an error code that the manual describes only as "drain fault". Before calling anyone, I checked the one thing almost nobody checks: the pump filter.
P: On most front loaders it sits behind a small flap at the bottom right of the front panel. Put down towels, because a lot of water will come out, and have a shallow tray ready.
FIG: What I found in the filter: two coins, a hair clip and an impressive amount of lint.
P: Unscrew the filter slowly to let the water drain, then pull it out and clean it under the tap. Check that the little impeller behind it spins freely with a finger.
P: In my case that fixed it completely. The whole job took twenty minutes, most of it mopping. If the impeller does not turn, or the machine hums without draining even with a clean filter, the pump itself may have failed, which is a bigger but still manageable job.
C: Ellie | Thank you!!! Found a sock in ours. A whole sock. How.
C:> Tomasz | Socks are the classic one. They sneak past the door seal.
C:>> Ellie | Well it's draining now, you saved me a call out fee 🙌
C: Marek | Dzięki, u mnie był ten sam problem. Filtr był całkiem zatkany.
C: Grumpy Gary | Mine had no flap, the filter was behind the whole kick plate. Took me an hour to find it.
C:> Tomasz | Some Bosch and Siemens models are like that. Worth noting, thanks.
C: Anonymous | What error code was it exactly? Mine shows F21.
"""

TEXTS["blogger_03"] = """
T: The Tram Shelter on Station Road
A: Hugh Tennant
TAGS: trams, Station Road, photographs
P: Most people walk past the little green shelter on Station Road without a second look. It is the last surviving piece of the valley tramway, which ran from 1903 until the buses took over in 1931.
P: I found a photograph of it in the county archive last month, taken around 1910. The shelter is instantly recognisable, but everything around it has changed: the mill chimney, the cobbles, the row of shops that is now a car park.
FIG: Station Road about 1910. The shelter is on the right, behind the tram. || County Archive, ref. P/331
P: The trams climbed the valley on a single track with passing loops. Older residents I spoke to remember their grandparents complaining that the cars were always full by the time they reached the top stop.
P: The council listed the shelter in 1989. If anyone has photographs of the trams themselves, especially near the top terminus, I would love to see them.
"""

TEXTS["typepad_01"] = """
T: Why rents rise even when wages don't
A: Prof. Alma Reyes
P: A student asked me after a lecture this week why rents keep going up in towns where wages are flat. It is a good question, and the answer is less mysterious than it looks.
P: Rents are not set by what the average worker earns. They are set by what the marginal renter is willing and able to pay for the marginal flat. If even a modest number of higher earners move into a town, perhaps because they can now work remotely, they bid up the price of the limited stock.
P: Existing residents do not need to earn more for rents to rise; someone else only needs to want to live there more than they did before.
P: The supply side matters too. In most of the towns my student had in mind, almost nothing has been built for twenty years. When supply is fixed, any increase in demand goes straight into price.
P: None of this makes it fair. But it does suggest where the levers are, and wage policy is not the main one.
C: Ben Whitlow | Very clear, thank you. Would you say the same logic applies to house prices or is the credit side more important there?
C: Kathryn | My town is exactly this. Three new commuter trains a day and suddenly rents are up 30%.
C: J. Ostrowski | I'd push back slightly on the supply point. In our area plenty has been built, but almost all of it is large executive homes, so it doesn't help renters at the bottom.
C: Prof. Alma Reyes | Ben, credit matters a lot for purchase prices, yes. Jan, that's a fair point, what gets built matters as much as how much.
C: anon | Landlords. The answer is landlords.
"""

TEXTS["typepad_02"] = """
T: Loading a 1950s folding camera without ruining the first frame
A: Ed Marsh
P: Folding cameras from the fifties take 120 roll film and have a little red window on the back for reading the frame numbers off the backing paper. It is a simple system, and it is very easy to get wrong the first time.
P: The most common mistake is winding past frame 1 because the number is hard to read in dim light. Load the camera in daylight and wind slowly, watching for the arrows and dots that come before the numbers.
P: The second mistake is leaving the red window uncovered in strong sun. Modern films are more sensitive than the ones these cameras were designed for, and light can fog the negative through the window. A small piece of black tape over it, lifted only when winding, solves that.
P: Finally, check the bellows for pinholes before you waste a roll. Take the back off in a dark room, shine a torch inside, and look for pinpricks of light.
C: Colm | The tape trick saved me. My first roll had a number 4 printed right across the sky on every frame!
C: Harriet W. | Great advice about the bellows. I patched mine with black fabric paint and it's been fine for two years.
C: Ed Marsh | Harriet, fabric paint is a good shout, I used liquid electrical tape but it cracked after a winter.
"""

TEXTS["typepad_03"] = """
T: The tomato trial: six varieties, one wet summer
A: Bea Lindqvist
P: Every year I grow a few tomato varieties side by side and keep notes. This summer was one of the wettest on record, which turned the trial into a blight test.
P: Of the six varieties, two were wiped out by late August, two struggled on with heavy leaf loss, and two kept going almost untouched. Both of those were blight-resistant hybrids, which will surprise nobody, but the difference was much bigger than I expected.
P: On flavour, the old heritage variety won again, when it survived long enough to ripen anything. The resistant hybrids were fine, sweet enough, a little watery.
P: Next year I am going to try growing the heritage plants under cover and the hybrids outside, and see whether I can have both flavour and fruit.
C: Maureen | Which were the two resistant ones? I lost everything in August this year.
C: Phil in Kent | Same experience here. Outdoor tomatoes are a lottery in a wet year. I've given up and only grow in the greenhouse now.
C: Bea Lindqvist | Maureen, both were from the same seed company's blight-resistant range. I'll put the names in the next post with photos.
C: Oona | Have you tried removing the lower leaves early? It seemed to slow the blight down a bit for me.
"""

TEXTS["reddit_01"] = """
T: Why does my risotto always turn gluey instead of creamy?
A: slow_simmer
P: I've made risotto maybe ten times now and it always ends up like wallpaper paste. I use arborio, toast the rice, add warm stock a ladle at a time and stir constantly like every recipe says.
P: It tastes fine but the texture is thick and sticky, not loose and flowing like in restaurants. What am I doing wrong?
C: chef_marguerite {flair=Professional Chef} | Honestly most people overcook it. Pull it when the rice still has a slight bite in the centre, it keeps cooking in the pan. // Also restaurants finish it much looser than you'd think, it should spread on the plate when you put it down.
C:> slow_simmer | Oh interesting, I've been cooking it until it's completely soft. Will try pulling it earlier.
C:>> chef_marguerite | Yep, that's almost certainly it. Add a last splash of stock right at the end with the butter and cheese.
C: breadbaker_99 | Stirring constantly is a bit of a myth too. You need some stirring to release starch but not every second.
C:> Kofi_in_Leeds | This. I stir every minute or so and it's fine.
C: Anna_von_K | Welche Sorte Reis benutzt du genau? Carnaroli ist viel verzeihender als Arborio, lohnt sich wirklich.
C:> slow_simmer | Just supermarket arborio. I'll look for carnaroli!
C: pastaalforno | Are you rinsing the rice? Don't.
C: spoon_theory | The "ladle at a time" thing is also less important than people say. I add about a third of the stock at first.
"""

TEXTS["reddit_02"] = """
T: What's the idle power draw of your home server? Mine is 38 W and I feel bad
A: wattwatcher
P: Just got a smart plug and measured my setup for the first time. Old desktop turned server, four spinning drives, running Jellyfin, Nextcloud, Home Assistant and a handful of containers.
P: It idles at 38 W, which works out to roughly 330 kWh a year. That's more than my fridge. What do your setups use?
UL: i5-6500, 16 GB RAM
UL: 4 x 4 TB HDD in RAID 5
UL: One SSD for the OS
P: Edit: thanks for all the replies, I'm going to try spinning the drives down and see what happens.
C: nas_nomad | 38 W with four spinning drives is honestly pretty normal. Drives are about 5 W each at idle.
C:> wattwatcher | Oh, so the drives are half of it. That makes me feel better.
C:>> nas_nomad | Yep. Spin-down helps but it can annoy you with delays when you open a film.
C: tiny_cluster {more=3} | 3 mini PCs, 21 W total. Switched from a big tower last year and cut my bill noticeably.
C:> lab_rat_42 | How are you doing storage with mini PCs though?
C:>> tiny_cluster | One USB enclosure with two SSDs, plus offsite backup. I don't hoard media so I don't need much.
C: ZeroWasteZoe | 9 W. Raspberry Pi 4 and one SSD. It does everything I need 🙂
C: electric_dreams | Mine's 140 W and I refuse to measure it again.
"""

TEXTS["news_a_01"] = """
T: Ferry crews vote to strike over new rota plans
A: Grace Pembury
S: Island residents warn of missed hospital appointments if the walkout goes ahead.
P: Crews on the harbour ferry have voted overwhelmingly to strike over a new rota that they say would cut rest breaks and force longer shifts during the summer season.
P: The union said 87 per cent of members who voted backed a walkout, on a turnout of more than 90 per cent. No dates have been set, but it must give the operator two weeks' notice.
FIG: The morning ferry leaves the harbour on Tuesday. || Picture: Harbour Courier
P: The operator said it was "disappointed" by the result and that the new rota was needed to cope with rising passenger numbers without hiring extra crew it could not afford.
REL: Coastal path reopens after landslip
P: On the island, which has no bridge, residents said a strike would cause real hardship. Mo Chaudhry, who runs the island shop, said he relied on the 6.40am sailing for deliveries. Others raised concerns about hospital appointments on the mainland.
P: Talks between the union and the operator are due to resume on Friday.
C: Sandra P {badge=Subscriber; more=2} | I have a hospital appointment in two weeks and no other way of getting there. Please sort this out.
C:> Island Mum | Sandra, the health centre has said they will arrange transport for urgent appointments if it goes ahead. Worth calling them.
C:>> Sandra P | Thank you, I'll ring them tomorrow.
C: Rob Tiller | Crew have been working ridiculous hours for years. Good on them.
C:> Harbourside Dave | Nobody is saying they don't deserve decent breaks, but a strike in August will hurt every business on the island.
C:>> Rob Tiller | Then the operator should have thought of that before changing the rota without asking anyone.
C: Jen Olafsdottir | Could they not run a reduced service? Even two sailings a day would help.
C: old salt | 40 years ago we had two ferries and nobody worked a 12 hour shift. Progress 🙄
"""

TEXTS["news_a_02"] = """
T: Primary school to lose two teachers as budget gap widens
A: Owen Marsh
TAGS: schools, education budget
P: St Brigid's Primary will lose two teaching posts from September after the school's governors approved a budget that leaves a deficit of nearly 90,000 pounds.
P: In a letter to parents, the head teacher said the decision was "the hardest we have had to make" and that class sizes in years five and six would rise to 33.
P: The school said it had already cut spending on supply cover, trips and maintenance, and that staff costs now made up almost 85 per cent of its budget.
Q: "We have cut everything that isn't a person. Now we are cutting people," the chair of governors said.
P: The local authority said it recognised the pressure on schools and was lobbying for fairer funding, but that it had no extra money to offer this year.
P: Parents have organised a meeting at the school hall next Thursday evening.
C: Fiona Chambers | 33 in a class of ten year olds is far too many. My son already struggles to get help.
C: Kev {more=3} | Every school in the county is in the same position. It's national funding, not the governors' fault.
C:> Fiona Chambers | I know, I'm not blaming the school. Just scared about what it means for the kids.
C: Priya D | Will the meeting be recorded for those of us who work evenings?
C:> Owen Marsh {badge=Reporter} | Hi Priya, the school told us they will share notes afterwards. We'll also report on it.
C: Angela W. | Thirty years ago I taught 38 in a class. It can be done but nobody learns as much.
"""

TEXTS["news_a_03"] = """
T: Debate night: candidates clash over housing and transit in the 4th District
A: Sofia Lindgren
S: The two candidates agreed on almost nothing during a heated hour at the community college.
P: The two candidates for the 4th District seat met for their only televised debate on Wednesday night, trading sharp words over housing costs, a proposed light rail line and who is to blame for the district's empty storefronts.
P: Incumbent Janet Morrow defended her support for a zoning change that would allow small apartment buildings near transit stops. Her challenger, businessman Rick Calloway, called it "a plan to turn our neighbourhoods into construction sites".
REL: Fact check: the claims on taxes
H: Transit
P: On the light rail extension, Calloway said the project was over budget before it had started and that buses could do the same job for a fraction of the price. Morrow said the line would connect the district to jobs downtown for the first time.
H: The closing statements
P: Both candidates used their closing statements to talk about the cost of living. Calloway promised to "freeze every fee the county controls", while Morrow pointed to a new rental assistance programme she helped pass.
P: Early voting begins on Monday.
C: Dana K | Calloway had no actual answer on housing. Freezing fees doesn't build anything.
C:> M. Pruitt | And Morrow had no answer on why the rail line budget doubled. Neither of them is great.
C:>> Dana K | Fair, the budget thing is a real issue. I still think the zoning change is the right call.
C: Lou Hernandez | The moderator let them talk over each other for half the debate. Couldn't hear half of it.
C: BusRider22 | As someone who takes the 14 every day, buses are NOT doing the same job as rail. They're stuck in the same traffic as everyone else.
C:> Tom G | Dedicated bus lanes would fix that for a tenth of the cost.
C: Yolanda Reyes | ¿Alguien sabe si habrá otro debate en español? Muchos vecinos no lo pudieron seguir.
"""

TEXTS["sputnik_a_01"] = """
T: Lawmaker Calls NATO Drills Near Border 'Deliberate Provocation'
A: Orbital Dispatch
TAGS: NATO, military drills, Baltic, security
FIG: Soldiers take part in a military exercise near the border. || © REUTERS/ Ints Kalnins
P: A senior member of the parliament's defence committee has described large-scale NATO exercises near the country's western border as a deliberate provocation that raises the risk of an accidental clash.
P: The drills, which involve around 15,000 troops from a dozen countries, began on Monday and are due to last three weeks. The alliance says the exercise is defensive and was planned long in advance.
P: "When you bring tanks and aircraft this close to someone else's border, you cannot then pretend to be surprised by the reaction," the lawmaker told reporters, adding that the country would take "appropriate measures" to ensure its security.
FIG: A military helicopter flies over the training ground during the exercise. || © AFP 2017 / Petras Malukas
REL: Moscow responds to drills near border
P: Military analysts say the scale of this year's exercise is the largest in the region since the end of the Cold War. Several of the participating units were deployed to the area only last year.
P: Neighbouring states have welcomed the exercise, saying it reassures their populations at a time of heightened tension.
C: Viktor K. | Every year bigger drills, every year closer. Then they say we are aggressive.
C:> Mark Jensen | Maybe if there were no tanks on the other side of the border nobody would need drills.
C:>> Viktor K. | Which border? Who came closer to whom in the last 25 years? Look at a map.
C: Dmitri | Учения проводятся каждый год, ничего нового. Главное, чтобы никто не сделал глупость.
C: Anna Bell | Both sides need to step back. This is how accidents happen.
"""

TEXTS["sputnik_a_02"] = """
T: Economist Says Sanctions Have Made Europe's Farmers the Real Losers
A: Orbital Dispatch
TAGS: sanctions, agriculture, EU, trade
FIG: A farmer harvests wheat in a field. || © Photo: Pixabay
P: European farmers have paid the highest price for the trade restrictions of recent years, an economist told Orbital Dispatch, pointing to falling export revenues for dairy, fruit and pork producers.
P: According to figures cited by the economist, exports of apples from one EU member state fell by more than half within two years of the restrictions being introduced, leaving producers with large surpluses and falling prices.
FIG: Apples in a storage facility. || © REUTERS/ Kacper Pempel
REL: Lawmaker: sanctions will backfire on Europe
P: "Politicians made the decisions, but it was the farmers who were left with fruit rotting in the warehouses," the economist said. "Compensation from Brussels covered only a fraction of the losses."
P: The European Commission has said that producers found new markets and that overall agricultural exports have continued to grow.
"""

TEXTS["sputnik_a_03"] = """
T: Analyst: Oil Price Cap 'Impossible to Enforce' as Tankers Find Workarounds
A: Orbital Dispatch
TAGS: oil, price cap, shipping, sanctions
FIG: An oil tanker sails in the Bosphorus. || © REUTERS/ Yoruk Isik
P: The price cap on seaborne oil has proved almost impossible to enforce, an energy analyst said on Thursday, as a growing fleet of older tankers with opaque ownership continues to carry crude to Asian buyers.
P: The analyst said that insurance and shipping services, which the cap was designed to target, were increasingly being provided by companies outside the countries that imposed it.
Q: "The cap assumed that the West controlled the plumbing of the oil market. That was true ten years ago. It is much less true today."
P: Western officials maintain that the measure has reduced revenues while keeping oil flowing to world markets, which was its main purpose.
REL: Analyst explains why the summit failed
P: Shipping data show that the number of tankers changing ownership has risen sharply over the past year, with many of the vessels more than fifteen years old.
C: EnergyWatcher | The old tankers are the real danger here. One spill and the whole coast pays for it.
C:> Sergei P. | And who created this situation? Not the tanker owners.
C: Hans Müller | Die Sanktionen funktionieren offensichtlich nicht so, wie man uns versprochen hat.
C: Rachel T. | Revenues are down though, the article says so itself. So it partly works.
C:> Sergei P. | Down a little, and buyers in Asia got a discount. Who is punished?
C:>> Rachel T. | Fair, the discount is a real effect.
C: Mikhail | Обычная история. Запад вводит ограничения, а потом удивляется.
"""

TEXTS["nocomm_01"] = """
T: 11 ways to cut your heating bill this winter (without being cold)
A: Priti Shah
TAGS: heating, energy bills, insulation, winter
S: Small, cheap changes add up. We asked energy advisers which ones are worth your time.
P: Heating is the biggest part of most household energy bills. The good news is that some of the most effective savings cost very little, and a few are free. Here is what our advisers recommend, roughly in order of value for money.
OL: Turn your thermostat down by one degree. It is the single easiest saving, worth roughly ten per cent of your heating costs, and most people do not notice the difference after a few days.
OL: Bleed your radiators. If the top of a radiator is cold while the bottom is hot, trapped air is stopping it working properly. A radiator key costs less than a coffee.
OL: Use thermostatic radiator valves in every room, and turn them down in rooms you do not use. Heating a spare bedroom to the same temperature as the living room is money straight out of the window.
OL: Draught-proof doors and windows. Self-adhesive strips and a brush seal for the letterbox take an afternoon and pay for themselves in the first winter.
OL: Close curtains at dusk. Thick curtains reduce heat loss through windows noticeably, especially in older homes with single glazing.
OL: Lower the flow temperature on your combi boiler. Many are set far higher than they need to be, which stops them condensing efficiently.
OL: Insulate your hot water tank if you have one. A jacket is cheap and keeps water hot for longer.
OL: Move furniture away from radiators so that warm air can circulate.
OL: Put foil reflector panels behind radiators on external walls. The effect is small but real.
OL: Heat the person, not the house. A heated throw or an electric blanket uses a fraction of the energy of central heating.
OL: Check whether you are entitled to support. Many households miss out on grants and discounts simply because they never apply.
P: Some of these tips will save more in a draughty Victorian terrace than in a new flat. If you want a tailored list, a free home energy check from your council is a good place to start.
"""

TEXTS["nocomm_02"] = """
T: 'We never run out of volunteers, only of shelf space': a conversation with Amara Obi
A: Tess Wyndham
TAGS: food bank, volunteers, community
S: Amara Obi set up the Northfield food bank in a church hall eight years ago. It now feeds more than 300 families a week.
P: We met Amara in the new warehouse on Canal Street, surrounded by pallets of tinned tomatoes and a queue of volunteers waiting for their shift briefing.
QA: How did it start? || With a phone call, really. A teacher at my son's school rang me because two children had come in without having eaten all weekend. I had a spare room in the church hall and a car. That was it.
QA: How has demand changed since then? || It has tripled. The first year we had twenty families on the list. Now we see people who are working full time, sometimes two jobs, and still can't cover food after rent and energy.
FIG: Volunteers sort donations at the Canal Street warehouse. || Photo: Northfield Voice
QA: What's the hardest part of the job? || Saying no to donations we can't store. People are incredibly generous. We never run out of volunteers, only of shelf space. And fresh food is always the gap: fruit, vegetables, milk.
QA: What would you like readers to do? || Give money if you can, because we can buy in bulk. Give time if you can't. And talk to your MP, because a food bank should not be a permanent part of a town.
P: The Northfield food bank is open Tuesday, Thursday and Saturday mornings. Volunteering details are on its website.
"""

TEXTS["nocomm_03"] = """
T: Wavelet Pro headphones review: great noise cancelling, awkward fit
A: Jonah Pike
TAGS: headphones, noise cancelling, review
S: The best noise cancelling we have tested at this price, let down by a headband that will not suit everyone.
P: The Wavelet Pro is the company's first over-ear headphone, and it goes straight for the big names with adaptive noise cancelling, 40-hour battery life and a price that undercuts most rivals.
FIG: The Wavelet Pro folds flat but not small. || Photo: GadgetBench
H: Sound and noise cancelling
P: On a crowded commuter train, the noise cancelling is superb. Engine rumble disappears almost completely, and voices are reduced to a soft murmur. Music sounds warm and full, with a slightly boosted bass that can be toned down in the app.
H: Comfort
P: This is where the Wavelet Pro stumbles. The headband has a narrow pad that pressed on the top of my head after about an hour, and the clamping force is strong. Two other testers with smaller heads had no complaints, so try them on if you can.
H: Verdict
UL: Pros: excellent noise cancelling, long battery life, good app
UL: Cons: tight fit, bulky case, no wear detection
P: If comfort is not an issue for you, these are an easy recommendation. If you wear glasses or have a large head, look elsewhere.
"""
