"""Russian, German, French and Spanish pages (written for this corpus).
Markup: see fmt.py."""

TEXTS = {}

# ------------------------------------------------------------------ VK widget
TEXTS["vk_01"] = """
T: В Заречном откроют новый пешеходный мост через реку
A: Ольга Савельева
TAGS: Заречный, мосты, благоустройство
S: Мост длиной 140 метров соединит набережную с парком на левом берегу. Открытие запланировано на конец августа.
P: Строительство пешеходного моста через Быстрянку в Заречном вышло на финальный этап: подрядчик завершил монтаж пролётов и приступил к укладке покрытия, сообщили в администрации города.
P: Мост длиной 140 метров свяжет набережную в центре с парком Победы на левом берегу. Сейчас жителям приходится делать крюк почти в два километра через автомобильный мост.
FIG: Монтаж последнего пролёта моста, июль. || Фото: пресс-служба администрации
P: По словам заместителя главы города Игоря Лаптева, на мосту установят освещение, скамейки и пандусы для колясок. Стоимость работ составила 186 миллионов рублей.
P: Открытие запланировано на конец августа, к Дню города.
C: Наталья Воронина {likes=34; more=2} | Наконец-то! Десять лет обещали. С коляской через автомобильный мост ходить было просто страшно.
C:> Андрей Коваль {to=ответил Наталье; likes=5} | Наталья, согласен. Главное, чтобы пандусы сделали нормальные, а не как у вокзала.
C:> Сергей Мальцев {to=ответил Наталье; likes=2} | Десять лет обещали, а построили за год. Значит, могли и раньше.
C: Михаил Горбунов {likes=11} | 186 миллионов за пешеходный мост? Интересно, сколько он простоит.
C:> Ольга Савельева {to=ответила Михаилу; likes=8} | Михаил, смета и результаты экспертизы опубликованы на сайте администрации, мы разбирали их в отдельной статье.
C: Екатерина Л. {likes=3} | Скорее бы, будем гулять в парке по вечерам 😊
C: Дима Соколов | А велосипеды по мосту пустят?
"""

TEXTS["vk_02"] = """
T: Домашняя пастила из яблок за один вечер
A: Марина
TAGS: пастила, яблоки, заготовки
S: Без сахара, без дегидратора, в обычной духовке. Главное — терпение и низкая температура.
P: Каждую осень у нас остаётся ведро яблок, которые никто не хочет есть. Раньше я варила из них варенье, а теперь делаю пастилу: она хранится всю зиму и исчезает быстрее любых конфет.
H: Что понадобится
UL: 2 кг кислых яблок
UL: 1–2 столовые ложки мёда по желанию
UL: противень и пергамент или силиконовый коврик
H: Как готовить
OL: Запеките яблоки целиком при 180 градусах до мягкости, минут 40.
OL: Протрите мякоть через сито и при желании добавьте мёд.
OL: Распределите пюре тонким слоем, 3–4 мм, по пергаменту.
OL: Сушите при 80–90 градусах с приоткрытой дверцей 5–6 часов, пока пастила не перестанет липнуть.
P: Готовую пастилу режу полосками, сворачиваю в рулетики и храню в банке. Если пересушили — не страшно, получатся яблочные чипсы.
C: Ирина Белова {likes=12} | Делаю так же, только добавляю корицу. Дети просто в восторге!
C:> Марина {to=ответила Ирине; likes=3} | Ирина, с корицей очень вкусно, надо попробовать!
C: Людмила Петровна {likes=7; more=3} | А на каком уровне ставите противень? У меня снизу пригорает.
C:> Марина {to=ответила Людмиле; likes=4} | Людмила Петровна, в середину, и лучше подложить снизу ещё один пустой противень.
C: Алексей Т. | Пробовал из груш, получилось слишком сладко и долго сохло.
C: Оксана Ковальчук {likes=2} | Спасибо за рецепт! Сделала вчера, муж съел половину ещё тёплой 😂
"""

# ---------------------------------------------------------------------- Cackle
TEXTS["cackle_01"] = """
T: Жители Северного района жалуются на ночной шум от нового склада
A: Павел Игнатьев
TAGS: Северный район, шум, склад
S: Фуры разгружаются круглосуточно, а окна домов выходят прямо на подъездную дорогу. В администрации обещают провести замеры.
P: Более двухсот жителей улиц Лесной и Строителей подписали обращение в администрацию с просьбой ограничить работу логистического центра, открывшегося весной на месте бывшего хлебозавода.
P: По словам жителей, грузовики заезжают на территорию всю ночь, а сигналы заднего хода слышны даже при закрытых окнах. «Я не спала нормально с апреля», — рассказала жительница дома номер 14 Валентина Жукова.
P: В компании-владельце склада заявили, что работают в рамках закона, и пообещали установить шумозащитный экран вдоль забора до конца лета.
P: В администрации сообщили, что специалисты Роспотребнадзора проведут ночные замеры уровня шума на следующей неделе.
C: Валентина Ж. {up=18} | Спасибо, что написали! Мы полгода пишем во все инстанции, и только после статьи зашевелились.
C:> Павел Игнатьев {up=9} | Валентина, будем следить за результатами замеров и обязательно напишем.
C: Николай {up=4} | А где были жители, когда склад согласовывали? Были же публичные слушания.
C:> Галина С. {up=7} | Николай, слушания провели в августе, в 10 утра в рабочий день. Кто туда мог прийти?
C:>> Николай {up=1} | Тоже верно, это известный приём.
C: - {up=-3; guest=1} | Склад даёт 300 рабочих мест. Потерпите.
C:> Валентина Ж. {up=11} | Работать можно и без ночных фур под окнами. Никто не против склада, все против шума в три часа ночи.
C: Артём {up=2} | Экран до конца лета — это хорошо, но надо требовать запрет на разгрузку ночью.
"""

# ------------------------------------------------------- German news, own comments
TEXTS["native_de_01"] = """
T: Stadtrat beschließt Tempo 30 in der gesamten Innenstadt
A: Katrin Vogt
TAGS: Verkehr, Tempo 30, Stadtrat
S: Ab dem Frühjahr gilt innerhalb des Rings fast überall Tempo 30. Die Entscheidung fiel nach einer dreistündigen Debatte knapp aus.
P: Der Stadtrat hat am Donnerstagabend mit 27 zu 24 Stimmen beschlossen, innerhalb des Altstadtrings flächendeckend Tempo 30 einzuführen. Ausgenommen bleiben nur die beiden Bundesstraßen.
P: Die Verwaltung rechnet mit geringeren Lärmwerten und weniger schweren Unfällen. Nach einem Gutachten verlängert sich die Fahrzeit quer durch die Innenstadt um durchschnittlich 40 Sekunden.
P: Die Busbetriebe hatten Bedenken angemeldet, weil einzelne Linien ihre Taktzeiten nicht mehr halten könnten. Für drei Linien sollen deshalb eigene Busspuren geprüft werden.
H: Kritik vom Einzelhandel
P: Der Einzelhandelsverband befürchtet, dass Kundinnen und Kunden aus dem Umland auf das Einkaufszentrum am Stadtrand ausweichen. Der Verband will die Entwicklung der Besucherzahlen genau beobachten.
C: Radlerin_MS {up=48; more=3} | Endlich! Als Radfahrerin fühlt man sich in der Wallstraße wie auf der Autobahn.
C:> Gerd Hoffmann {up=9} | 40 Sekunden mehr Fahrzeit und dafür weniger Lärm vor meinem Schlafzimmerfenster. Nehme ich sofort.
C:>> Radlerin_MS {up=6} | Eben. Die Aufregung ist größer als der Effekt.
C: Thomas K. {badge=Verifiziert; up=21} | Als Busfahrer kann ich sagen: Die Linie 7 schafft ihren Takt schon jetzt kaum. Ohne Busspur wird es schwierig.
C: einzelhandel_innenstadt {up=3} | Die Innenstadt stirbt sowieso schon. Jetzt wird es noch schwerer, hierher zu kommen.
C:> Katrin Vogt {badge=Redaktion; up=17} | Zur Einordnung: Die Besucherzahlen in der Fußgängerzone sind laut Stadtmarketing im letzten Jahr um vier Prozent gestiegen. Wir bleiben an dem Thema dran.
C: Lena Sch. {up=12} | Schade, dass die Bundesstraßen ausgenommen sind. Da wohnen auch Menschen.
"""

# ------------------------------------------------------- French news, own comments
TEXTS["native_fr_01"] = """
T: La médiathèque ouvrira le dimanche à partir de septembre
A: Claire Dubois
TAGS: culture, médiathèque, horaires
S: Une ouverture de 13 heures à 18 heures, financée en partie par l'État, après deux ans de demandes des usagers.
P: La médiathèque Jean-Moulin ouvrira ses portes le dimanche après-midi à partir du 7 septembre, a annoncé la municipalité lors du conseil municipal de mardi.
P: L'extension des horaires, de 13 heures à 18 heures, sera financée pour moitié par une aide de l'État destinée aux bibliothèques qui élargissent leurs horaires. Quatre postes d'agents seront créés.
P: Une pétition lancée par un collectif d'étudiants avait recueilli plus de 3 000 signatures l'an dernier. Ils réclamaient un lieu calme et chauffé pour travailler le week-end.
P: La municipalité fera un bilan de la fréquentation au bout de six mois.
C: Julien M. {badge=Abonné; up=31} | Excellente nouvelle pour les étudiants et les familles. Le dimanche, il n'y a rien d'autre d'ouvert en centre-ville.
C:> Sophie L. {badge=Abonné; up=12} | Tout à fait. Avec les enfants, c'est l'endroit idéal quand il pleut.
C: Bernard Roux {up=4; down=9} | Et qui paie les quatre postes quand l'aide de l'État s'arrêtera ? Toujours les mêmes, les contribuables.
C:> Claire Dubois {badge=Rédaction; up=15} | Bonjour Bernard, selon la délibération, l'aide est garantie pour cinq ans. Au-delà, le financement n'est pas encore prévu, nous avons posé la question à la mairie.
C: Amandine_42 {badge=Abonné; up=8; more=2} | J'espère que la salle de travail du premier étage sera ouverte aussi, c'est elle qui manque le plus.
C: Karim B. {up=6} | Bravo au collectif étudiant, comme quoi une pétition peut servir à quelque chose.
"""

# ------------------------------------------------------ Spanish news, own comments
TEXTS["native_es_01"] = """
T: El Ayuntamiento instalará toldos y árboles en los patios de 22 colegios
A: Lucía Fernández
TAGS: colegios, calor, urbanismo
S: Las obras se harán en verano para que los patios estén listos en septiembre. Las familias llevaban tres años pidiendo sombra.
P: El Ayuntamiento destinará 3,4 millones de euros a crear zonas de sombra en los patios de 22 colegios públicos de la ciudad, según ha anunciado este lunes la concejala de Educación, Marta Serrano.
P: El plan combina toldos de tela, pérgolas con plantas trepadoras y la plantación de más de 300 árboles. En algunos centros se sustituirá parte del asfalto por suelo drenante.
P: Las asociaciones de familias celebran la medida, aunque recuerdan que en junio algunos patios superaron los 45 grados en la superficie.
P: Las obras comenzarán en cuanto acabe el curso, a finales de junio.
C: AMPA Los Almendros {badge=Verificado; up=57} | Por fin. Llevamos tres años con fotos de termómetros en el patio. Gracias a todas las familias que no se rindieron.
C:> Pilar G. {up=14} | Enhorabuena, en el cole de mi hija también se nota la diferencia desde que pusieron los toldos.
C: Javier Ortega {up=6; down=11} | 3,4 millones en toldos. Luego no hay dinero para profesores.
C:> Lucía Fernández {badge=Autora; up=18} | Javier, las plantillas de profesorado dependen de la Comunidad, no del Ayuntamiento. Son presupuestos distintos.
C:>> Javier Ortega {up=3} | Vale, no lo sabía. Gracias por aclararlo.
C: Rosa María {up=9; more=2} | Los árboles tardan años en dar sombra. Espero que mientras tanto los toldos aguanten el viento.
C: Dani_V {up=4} | ¿Se sabe ya la lista de colegios?
"""

# ------------------------------------------------ Russian disinformation blog
TEXTS["disinfo_03"] = """
T: Что от нас скрывают про новые «умные» счётчики воды
A: Виктор Правдин
TAGS: счётчики, ЖКХ, правда
S: Нам говорят, что это для нашего удобства. Посмотрите, кто на самом деле получает данные.
P: В нашем доме всем заменили счётчики воды на «умные» за полгода до истечения срока поверки. Никто не спрашивал нашего согласия. Пришли, поставили, выставили счёт.
P: Эти приборы каждые несколько часов передают показания неизвестно куда. Управляющая компания на прямой вопрос ответила, что «данные обрабатываются в соответствии с законодательством». КАКИМ законодательством? Кто их читает?
P: Соседка сверху проверила: после замены её начисления выросли на треть, хотя в квартире живёт она одна. Совпадение? Не думаю.
H: Что делать
UL: Не пускайте установщиков без письменного уведомления.
UL: Требуйте паспорт прибора и акт ввода в эксплуатацию.
UL: Делитесь этой статьёй, пока её не удалили.
C: Людмила Ивановна {up=15} | Всё правда!!! У нас то же самое, счета выросли, а никто ничего не объясняет. Куда только не писали.
C:> Виктор Правдин {up=6} | Людмила Ивановна, пишите в жилищную инспекцию, и обязательно требуйте ответ письменно.
C: Сантехник_Саня {up=3; down=0} | Я эти счётчики ставлю каждый день. Передают они только показания, больше там передавать нечего. Рост счёта чаще всего из-за того, что старый счётчик недосчитывал.
C:> ПРАВДОРУБ {up=9} | Вот-вот, «передают только показания». Так все и говорят, пока не поздно!!! Читайте сами: https://pravda-o-zhkh.example.ru/schetchiki/vsya-pravda.html ТАМ ВСЁ НАПИСАНО!!!
C:>> Сантехник_Саня {up=4} | По ссылке обычная статья без единого документа. Я вам про устройство говорю, а не про мнения.
C: Гость_1957 {guest=1; up=7} | ЭТО ТОЛЬКО НАЧАЛО. Сначала вода, потом газ, потом свет, а потом будут отключать неугодных одной кнопкой. Проснитесь люди!!!
C: Ольга Н. {up=2} | У нас в доме поставили в прошлом году, начисления не изменились. Может, дело не в счётчиках, а в конкретной управляйке?
"""
