"""The violation-coverage battery (stage 20): for every label of CONTRACT.md, in English, Ukrainian and Russian,
short report-like passages that tell one incident of it (a place, a day and a source each), worded with different
verbs, voices (active, passive, a noun of the act) and word orders, and passages that use the label's words in a
sense that makes no incident (a law or convention, a general pattern, a statistic, a lawful act). Every sentence is
our own, written for this battery; none is taken from a report.

`POSITIVE[lang][label]`: each passage tells one incident that carries `label` (main or second).
`NEGATIVE[lang][label]`: each passage tells no incident at all.
"""

from __future__ import annotations

EN: dict[str, list[str]] = {
    "killing_hors_de_combat": [
        "On 12 March Russian troops executed three Ukrainian prisoners of war near Robotyne, the Prosecutor "
        "General's Office said.",
        "Two wounded Ukrainian soldiers were shot dead after they surrendered near Bakhmut on 4 April, according to "
        "the ombudsman Dmytro Lubinets.",
        "The killing of five captured servicemen near Avdiivka on 20 February was filmed by the attackers, the "
        "General Staff reported.",
        "Near Krynky on 9 June, a Russian soldier gunned down a Ukrainian marine who had laid down his weapons, "
        "prosecutors said.",
        "Ukrainian forces shot captured Russian soldiers near Pokrovsk on 1 May, the Russian Investigative "
        "Committee claimed.",
    ],
    "killing_civilians": [
        "On 5 March Russian soldiers shot a 62-year-old man dead in his yard in Bucha, the regional prosecutor's "
        "office said.",
        "Three residents of Yahidne were executed by occupying troops on 14 March, police said.",
        "The murder of a local farmer in Izium on 10 September was committed by Russian servicemen, investigators "
        "said.",
        "In Hostomel on 2 March a Russian soldier gunned down two civilians who were riding bicycles, according to "
        "Human Rights Watch.",
        "Russian servicemen killed a shepherd with a shot to the head near Vasylivka on 3 July, the police said.",
    ],
    "torture_ill_treatment": [
        "On 6 April Russian guards beat a detained volunteer with rifle butts in Melitopol, the ombudsman's office "
        "said.",
        "Detainees in a basement in Balakliia were tortured with electric shocks in August, according to the "
        "National Police.",
        "Investigators documented the torture of four residents in a police station in Kupiansk on 11 May, the "
        "regional prosecutor's office said.",
        "In Kherson on 3 October occupiers subjected a teacher to mock executions and beatings, the SBU said.",
        "Russian soldiers held a man in Trostianets and burned him with cigarettes on 18 March, witnesses told "
        "Amnesty International.",
    ],
    "sexual_violence": [
        "On 19 March a Russian soldier raped a woman in Makariv, prosecutors said.",
        "A 16-year-old girl was sexually assaulted by two servicemen in Kherson on 2 November, the regional police "
        "said.",
        "The rape of a woman in Bucha on 12 March was filmed by the soldiers, the Prosecutor General's Office said.",
        "Occupiers subjected a detained man to sexual violence in Izium on 20 July, according to the UN monitoring "
        "mission.",
        "On 9 April two soldiers gang-raped a teenager in Irpin, police reported.",
    ],
    "attack_on_civilians": [
        "On 4 June a Russian missile struck a residential building in Dnipro, killing five people, the regional "
        "governor said.",
        "Two civilians were wounded in the shelling of Kherson on 7 August, the regional military administration "
        "reported.",
        "Russian artillery shelled a bus stop in Nikopol on 1 July; one woman was killed, according to the governor.",
        "A drone attack on a market in Kupiansk on 15 September injured seven residents, police said.",
        "Glide bombs hit a residential district of Kharkiv on 22 May, killing a man and wounding eleven people, the "
        "prosecutor's office said.",
    ],
    "attack_on_protected_objects": [
        "On 9 March a Russian airstrike hit the maternity hospital in Mariupol, wounding 17 people, the city "
        "council said.",
        "A school in Kramatorsk was destroyed by a missile on 3 June, the regional administration reported.",
        "Russian drones struck an ambulance in Kherson on 12 August, injuring two paramedics, the health ministry "
        "said.",
        "The shelling of a church in Sviatohirsk on 4 June damaged its domes and killed a monk, the Ministry of "
        "Culture said.",
        "A missile attack on a Red Cross warehouse in Kherson on 18 July destroyed the aid stored there, the ICRC "
        "said.",
    ],
    "unlawful_detention": [
        "On 21 March Russian soldiers abducted the mayor of Hostomel, the regional administration said.",
        "A volunteer from Melitopol was detained by occupiers on 5 May and has not been heard from since, his wife "
        "said.",
        "Occupying forces held 60 villagers in a school basement in Yahidne for four weeks in March, according to "
        "the UN monitoring mission.",
        "The enforced disappearance of a journalist in Nova Kakhovka on 12 April was reported by the Institute of "
        "Mass Information.",
        "In Skadovsk, occupiers took two teachers hostage on 17 June, the ombudsman said.",
    ],
    "deportation_transfer": [
        "On 7 October Russian forces deported 46 children from an orphanage in Kherson to Crimea, the ombudsman said.",
        "Fifteen residents of Oleshky were forcibly transferred to Russia in August, according to the regional "
        "administration.",
        "The deportation of 30 pupils of a boarding school in Mariupol took place on 20 March, Ukraine's ombudsman "
        "reported.",
        "Occupiers took 12 children from Kupiansk to a camp in Russia on 2 September against their parents' will, "
        "the regional police said.",
        "In Vasylivka on 4 May Russian troops forcibly removed families to Belarus, the prosecutor's office said.",
    ],
    "perfidy": [
        "On 6 December Russian soldiers near Avdiivka raised a white flag and then opened fire on Ukrainian troops, "
        "killing two, the brigade said.",
        "Feigning surrender, a group of Russian troops shot three Ukrainian soldiers near Bakhmut on 14 January, "
        "the General Staff reported.",
        "Occupiers promised civilians safe evacuation from Mariupol on 6 March and then shelled the column, killing "
        "four people, the city council said.",
        "The feigned surrender of Russian infantry near Robotyne on 2 September cost the lives of four Ukrainian "
        "soldiers, prosecutors said.",
        "Near Kreminna on 30 August Russian troops posing as medics attacked a Ukrainian position, wounding five "
        "soldiers, the army said.",
    ],
    "denial_of_quarter": [
        "On 15 February a Russian commander near Avdiivka ordered his men to take no prisoners, according to an "
        "intercepted radio conversation published by the SBU.",
        "A Russian battalion commander ordered on 3 March near Bakhmut that no Ukrainian soldiers be taken "
        "prisoner, Ukrainian intelligence said.",
        "The order to kill all surrendering Ukrainians near Robotyne on 10 October was given by a Russian officer, "
        "prosecutors said.",
        "Near Krynky on 6 November a Russian officer declared that no quarter would be given to the marines, the "
        "Prosecutor General's Office said.",
    ],
    "human_shields": [
        "On 3 May Russian soldiers forced residents of Yahidne to walk in front of their column, the regional "
        "police said.",
        "Occupiers used civilians as human shields in Kupiansk on 9 September, the General Staff said.",
        "The use of hostages as a shield by Russian troops in Bucha on 4 March was documented by Human Rights Watch.",
        "In Vovchansk on 12 May, Russian soldiers hid behind local women while they advanced, the prosecutor said.",
        "Russian troops placed artillery among the houses of Izium in April and kept the residents there as cover, "
        "the UN mission said.",
    ],
    "pillage_destruction": [
        "On 20 March Russian soldiers looted the shops of Trostianets and took household appliances, the regional "
        "police said.",
        "Grain was stolen from farms near Melitopol by occupying forces in June, according to the agriculture "
        "ministry.",
        "The pillage of the Kherson art museum in November was carried out by Russian troops, the culture ministry "
        "said.",
        "In Hostomel on 28 March soldiers plundered homes and set fire to houses, the prosecutor's office said.",
        "Occupiers seized the cars of residents in Enerhodar on 4 April, the mayor said.",
    ],
    "mistreatment_of_dead": [
        "On 16 September investigators exhumed bodies with signs of mutilation from a mass grave in Izium, the "
        "regional police said.",
        "Russian soldiers desecrated the bodies of killed Ukrainian defenders near Bakhmut in May, the General "
        "Staff said.",
        "The body of a Ukrainian soldier was beheaded near Popasna in July, according to a video verified by the SBU.",
        "Occupiers burned the bodies of dead civilians in Mariupol in April to hide the killings, the city council "
        "said.",
    ],
    "prohibited_weapons": [
        "On 8 May Russian drones dropped grenades with chloropicrin on Ukrainian positions near Avdiivka, the "
        "General Staff said.",
        "Ukrainian soldiers were poisoned with tear gas near Bakhmut on 3 April, according to the army's press "
        "service.",
        "The use of chemical weapons near Robotyne on 20 December was confirmed by the OPCW, the foreign ministry "
        "said.",
        "Near Kupiansk on 14 February Russian troops attacked Ukrainian infantry with K-51 gas grenades, the "
        "brigade said.",
        "Russian forces used a toxic substance against defenders in Krynky on 5 March and two soldiers were "
        "hospitalised, the military said.",
    ],
    "unfair_trial_forced_service": [
        "On 5 June a court in occupied Donetsk sentenced three Ukrainian prisoners of war to 25 years, the "
        "ombudsman said.",
        "Residents of Melitopol were forcibly mobilised into the Russian army in March, the regional administration "
        "said.",
        "The sham trial of a Ukrainian marine in occupied Mariupol on 3 May ended with a life sentence, the "
        "Prosecutor General said.",
        "Occupiers forced men from Nova Kakhovka to dig trenches for Russian troops in July, the SBU reported.",
        "In Horlivka on 12 February a so-called court of the DPR sentenced a captured Ukrainian soldier to 23 "
        "years, Lubinets said.",
    ],
    "other": [
        "On 2 June occupying authorities in Melitopol forced residents to accept Russian passports to keep their "
        "pensions, the regional administration said.",
        "Russian forces blocked humanitarian aid to Mariupol on 8 March, starving the city's residents, the city "
        "council said.",
        "The recruitment of 15-year-old boys into an armed unit in Horlivka in April was reported by the ombudsman.",
        "In Kherson on 4 November Russian soldiers used an ambulance marked with the Red Cross emblem to carry "
        "ammunition, the police said.",
    ],
}
EN_NEG: dict[str, list[str]] = {
    "killing_hors_de_combat": [
        "The Third Geneva Convention forbids killing prisoners of war, the ombudsman recalled.",
        "Since 2022 prosecutors have recorded 150 executions of Ukrainian prisoners of war, Lubinets said.",
    ],
    "killing_civilians": [
        "The wilful killing of civilians is a grave breach of the Geneva Conventions, the prosecutor said.",
        "Since February 2022, 412 civilians have been killed in Kharkiv Oblast, the regional governor said.",
    ],
    "torture_ill_treatment": [
        "The UN Convention against Torture prohibits such treatment, the ombudsman said.",
        "Ukrainian prisoners are tortured systematically in Russian colonies, the UN monitoring mission said.",
    ],
    "sexual_violence": [
        "The law on support for survivors of conflict-related sexual violence was adopted on 3 May, the parliament "
        "said.",
        "Prosecutors have registered 300 cases of sexual violence since 2022, the Prosecutor General said.",
    ],
    "attack_on_civilians": [
        "Article 51 of Additional Protocol I protects civilians against attack, the lawyer said.",
        "In May, Russian strikes killed 174 civilians across Ukraine, the UN mission said.",
    ],
    "attack_on_protected_objects": [
        "The hospital in Izium reopened on 3 May after repairs, the mayor said.",
        "Since the invasion 1,500 schools have been damaged across Ukraine, the education ministry said.",
    ],
    "unlawful_detention": [
        "International humanitarian law forbids the taking of hostages, the prosecutor reminded journalists.",
        "About 28,000 civilians are held in Russian detention, the ombudsman said.",
    ],
    "deportation_transfer": [
        "The deportation of civilians is prohibited by Article 49 of the Fourth Geneva Convention, the lawyer "
        "explained.",
        "Russia has deported an estimated 19,500 children since 2022, the ombudsman said.",
    ],
    "perfidy": [
        "Perfidy is prohibited by Article 37 of Additional Protocol I, the legal adviser said.",
        "Near Bakhmut on 3 May Russian soldiers raised a white flag and surrendered, the brigade said.",
        "Civilians waved white flags from their cars as they left Mariupol on 16 March, the city council said.",
    ],
    "denial_of_quarter": [
        "Ordering that there shall be no survivors is a war crime under Article 40 of Additional Protocol I, the "
        "professor said.",
        "Russian commanders routinely tell their men to take no prisoners, the intelligence directorate said.",
    ],
    "human_shields": [
        "Using civilians as human shields is banned by Article 28 of the Fourth Geneva Convention, the lawyer said.",
        "Russian propaganda regularly accuses Ukraine of using civilians as human shields, the analyst said.",
        "The Patriot batteries act as a shield over Kyiv, the air force said on 3 May.",
    ],
    "pillage_destruction": [
        "Looting in a war zone is punished under Article 432 of the Criminal Code, the prosecutor recalled.",
        "Police opened 120 cases of looting in Kherson Oblast last year, the police said.",
    ],
    "mistreatment_of_dead": [
        "The desecration of graves is punished under Article 297 of the Criminal Code, the prosecutor explained.",
        "Mass graves have become a feature of the occupation, the UN said.",
    ],
    "prohibited_weapons": [
        "The Chemical Weapons Convention entered into force in 1997, the OPCW recalled.",
        "Since February 2023 the army has recorded 1,400 uses of chemical weapons, the General Staff said.",
        "Police in Tbilisi used tear gas to disperse protesters on 3 May, the Georgian interior ministry said.",
    ],
    "unfair_trial_forced_service": [
        "The right to a fair trial is guaranteed by Article 105 of the Third Geneva Convention, the lawyer said.",
        "Parliament extended mobilisation in Ukraine on 3 May, the speaker said.",
    ],
    "other": [
        "Residents of Kherson queued for Ukrainian passports on 3 May, the migration service said.",
        "The UN Security Council discussed humanitarian access on 3 May.",
        "On 3 May volunteers in Kharkiv recruited 200 schoolchildren to help with the harvest, the mayor said.",
    ],
}
UK: dict[str, list[str]] = {
    "killing_hors_de_combat": [
        "12 березня російські військові розстріляли трьох українських полонених поблизу Роботиного, повідомили в "
        "Офісі генпрокурора.",
        "Двох поранених українських бійців, які здалися в полон, окупанти вбили біля Бахмута 4 квітня, заявив "
        "омбудсман Дмитро Лубінець.",
        "Розстріл п'ятьох полонених захисників під Авдіївкою 20 лютого зафіксовано на відео, повідомив Генштаб.",
        "Біля Кринок 9 червня російський солдат застрелив українського морпіха, який склав зброю, повідомили "
        "прокурори.",
    ],
    "killing_civilians": [
        "5 березня російські військові застрелили 62-річного чоловіка у дворі його будинку в Бучі, повідомила "
        "обласна прокуратура.",
        "Трьох мешканців Ягідного окупанти стратили 14 березня, повідомили в поліції.",
        "Умисне вбивство місцевого фермера в Ізюмі 10 вересня скоїли російські військовослужбовці, встановило "
        "слідство.",
        "У Гостомелі 2 березня російський солдат розстріляв двох цивільних, які їхали на велосипедах, повідомила "
        "Human Rights Watch.",
    ],
    "torture_ill_treatment": [
        "6 квітня російські охоронці побили затриманого волонтера прикладами в Мелітополі, повідомили в офісі "
        "омбудсмана.",
        "Затриманих у підвалі в Балаклії катували електрострумом у серпні, повідомила Національна поліція.",
        "Слідчі задокументували катування чотирьох мешканців Куп'янська у відділку поліції 11 травня, повідомила "
        "прокуратура.",
        "У Херсоні 3 жовтня окупанти знущалися з учителя, імітуючи розстріл, повідомила СБУ.",
    ],
    "sexual_violence": [
        "19 березня російський військовий зґвалтував жінку в Макарові, повідомили прокурори.",
        "16-річну дівчину зґвалтували двоє військових у Херсоні 2 листопада, повідомила поліція області.",
        "Зґвалтування жінки в Бучі 12 березня окупанти зняли на відео, повідомив Офіс генпрокурора.",
        "Окупанти вчинили сексуальне насильство щодо затриманого чоловіка в Ізюмі 20 липня, повідомила місія ООН.",
    ],
    "attack_on_civilians": [
        "4 червня російська ракета влучила в житловий будинок у Дніпрі, загинули п'ятеро людей, повідомив голова ОВА.",
        "Двоє цивільних дістали поранення внаслідок обстрілу Херсона 7 серпня, повідомила ОВА.",
        "Російська артилерія обстріляла зупинку в Нікополі 1 липня, загинула жінка, повідомив губернатор.",
        "Атака дрона на ринок у Куп'янську 15 вересня травмувала сімох мешканців, повідомила поліція.",
    ],
    "attack_on_protected_objects": [
        "9 березня російський авіаудар зруйнував пологовий будинок у Маріуполі, поранено 17 людей, повідомила "
        "міська рада.",
        "Школу в Краматорську зруйнувала ракета 3 червня, повідомила обласна адміністрація.",
        "Російські дрони атакували автомобіль швидкої допомоги в Херсоні 12 серпня, поранено двох медиків, "
        "повідомило МОЗ.",
        "Внаслідок обстрілу храму у Святогірську 4 червня загинув чернець, повідомило Міністерство культури.",
    ],
    "unlawful_detention": [
        "21 березня російські військові викрали голову Гостомеля, повідомила обласна адміністрація.",
        "Волонтера з Мелітополя окупанти затримали 5 травня, відтоді його доля невідома, розповіла дружина.",
        "Окупаційні війська утримували 60 жителів Ягідного в підвалі школи у березні, повідомила місія ООН.",
        "У Скадовську окупанти взяли в заручники двох учителів 17 червня, повідомив омбудсман.",
    ],
    "deportation_transfer": [
        "7 жовтня окупанти депортували 46 дітей із дитячого будинку в Херсоні до Криму, повідомив омбудсман.",
        "П'ятнадцять мешканців Олешок примусово вивезли до Росії у серпні, повідомила ОВА.",
        "Депортацію 30 вихованців інтернату з Маріуполя окупанти здійснили 20 березня, заявив омбудсман.",
        "У Василівці 4 травня російські військові насильно вивезли родини до Білорусі, повідомила прокуратура.",
    ],
    "perfidy": [
        "6 грудня російські військові біля Авдіївки підняли білий прапор, а потім відкрили вогонь по українських "
        "бійцях, загинули двоє, повідомили в бригаді.",
        "Вдаючи здачу в полон, група російських солдатів застрелила трьох українських воїнів біля Бахмута 14 січня, "
        "повідомив Генштаб.",
        "Окупанти пообіцяли мешканцям Маріуполя безпечну евакуацію 6 березня, а потім обстріляли колону, загинули "
        "четверо людей, повідомила міська рада.",
        "Біля Кремінної 30 серпня російські військові, перевдягнені в медиків, атакували українську позицію, "
        "поранено п'ятьох бійців, повідомили в армії.",
    ],
    "denial_of_quarter": [
        "15 лютого російський командир під Авдіївкою наказав не брати полонених, свідчить перехоплення СБУ.",
        "Командир російського батальйону під Бахмутом 3 березня віддав наказ нікого не брати в полон, повідомила "
        "українська розвідка.",
        "Наказ убивати всіх, хто здається, біля Роботиного 10 жовтня віддав російський офіцер, повідомили прокурори.",
        "Біля Кринок 6 листопада російський офіцер наказав не залишати живих серед морпіхів, повідомив Офіс "
        "генпрокурора.",
    ],
    "human_shields": [
        "3 травня російські солдати змусили жителів Ягідного йти попереду колони, повідомила поліція області.",
        "Окупанти використовували цивільних як живий щит у Куп'янську 9 вересня, повідомив Генштаб.",
        "Використання заручників як щита російськими військовими в Бучі 4 березня задокументувала Human Rights Watch.",
        "У Вовчанську 12 травня російські солдати прикривалися місцевими жінками під час наступу, повідомив прокурор.",
    ],
    "pillage_destruction": [
        "20 березня російські солдати пограбували магазини Тростянця, повідомила поліція області.",
        "Зерно з ферм поблизу Мелітополя окупанти вкрали в червні, повідомило Міністерство аграрної політики.",
        "Розграбування Херсонського художнього музею в листопаді здійснили російські військові, повідомило "
        "Міністерство культури.",
        "У Гостомелі 28 березня військові мародерили в будинках і спалили хати, повідомила прокуратура.",
        "Окупанти відібрали в мешканців Енергодара автомобілі 4 квітня, повідомив міський голова.",
    ],
    "mistreatment_of_dead": [
        "16 вересня слідчі ексгумували з масового поховання в Ізюмі тіла зі слідами понівечення, повідомила поліція.",
        "Російські військові поглумилися над тілами загиблих українських захисників під Бахмутом у травні, "
        "повідомив Генштаб.",
        "Тіло українського бійця обезголовили біля Попасної в липні, свідчить відео, перевірене СБУ.",
        "Окупанти спалили тіла загиблих цивільних у Маріуполі у квітні, щоб приховати вбивства, повідомила міська "
        "рада.",
    ],
    "prohibited_weapons": [
        "8 травня російські дрони скинули гранати з хлорпікрином на українські позиції біля Авдіївки, повідомив "
        "Генштаб.",
        "Українських бійців отруїли сльозогінним газом біля Бахмута 3 квітня, повідомили в пресслужбі армії.",
        "Застосування хімічної зброї біля Роботиного 20 грудня підтвердила ОЗХЗ, повідомило МЗС.",
        "Біля Куп'янська 14 лютого російські війська атакували українську піхоту газовими гранатами К-51, "
        "повідомили в бригаді.",
    ],
    "unfair_trial_forced_service": [
        "5 червня суд в окупованому Донецьку засудив трьох українських військовополонених до 25 років, повідомив "
        "омбудсман.",
        "Мешканців Мелітополя примусово мобілізували до російської армії у березні, повідомила ОВА.",
        "Показовий суд над українським морпіхом в окупованому Маріуполі 3 травня завершився довічним вироком, "
        "повідомив генпрокурор.",
        "Окупанти змусили чоловіків з Нової Каховки копати окопи для російських військ у липні, повідомила СБУ.",
    ],
    "other": [
        "2 червня окупаційна влада в Мелітополі змусила мешканців отримати російські паспорти, щоб зберегти пенсії, "
        "повідомила ОВА.",
        "Російські війська 8 березня заблокували гуманітарну допомогу до Маріуполя, прирікши мешканців на голод, "
        "повідомила міська рада.",
        "Вербування 15-річних хлопців до збройного підрозділу в Горлівці у квітні виявив омбудсман.",
        "У Херсоні 4 листопада російські військові використали автомобіль швидкої з емблемою Червоного Хреста для "
        "перевезення боєприпасів, повідомила поліція.",
    ],
}
UK_NEG: dict[str, list[str]] = {
    "killing_hors_de_combat": [
        "Третя Женевська конвенція забороняє страту військовополонених, нагадав омбудсман.",
        "Від початку вторгнення зафіксовано 150 випадків розстрілу українських полонених, заявив Лубінець.",
    ],
    "killing_civilians": [
        "Умисне вбивство цивільних є серйозним порушенням Женевських конвенцій, зазначив прокурор.",
        "Від лютого 2022 року на Харківщині загинули 412 цивільних, повідомив голова ОВА.",
    ],
    "torture_ill_treatment": [
        "Конвенція ООН проти катувань забороняє таке поводження, нагадав омбудсман.",
        "Українських полонених систематично катують у російських колоніях, заявила моніторингова місія ООН.",
    ],
    "sexual_violence": [
        "Закон про підтримку постраждалих від сексуального насильства ухвалили 3 травня, повідомили у Верховній Раді.",
        "Прокурори зареєстрували 300 випадків сексуального насильства з 2022 року, заявив генпрокурор.",
    ],
    "attack_on_civilians": [
        "Стаття 51 Додаткового протоколу I захищає цивільних від нападів, пояснив юрист.",
        "У травні російські удари вбили 174 цивільних по всій Україні, повідомила місія ООН.",
    ],
    "attack_on_protected_objects": [
        "Лікарня в Ізюмі знову відкрилася 3 травня після ремонту, повідомив міський голова.",
        "Від початку вторгнення в Україні пошкоджено 1500 шкіл, повідомило Міністерство освіти.",
    ],
    "unlawful_detention": [
        "Міжнародне гуманітарне право забороняє захоплення заручників, нагадав прокурор.",
        "Близько 28 тисяч цивільних утримуються в російському полоні, заявив омбудсман.",
    ],
    "deportation_transfer": [
        "Депортація цивільних заборонена статтею 49 Четвертої Женевської конвенції, пояснив юрист.",
        "Від 2022 року Росія депортувала близько 19,5 тисячі дітей, заявив омбудсман.",
    ],
    "perfidy": [
        "Віроломство заборонене статтею 37 Додаткового протоколу I, пояснив юрист.",
        "Біля Бахмута 3 травня російські солдати підняли білий прапор і здалися в полон, повідомили в бригаді.",
        "Цивільні 16 березня виїжджали з Маріуполя з білими прапорами на машинах, повідомила міська рада.",
    ],
    "denial_of_quarter": [
        "Наказ не брати полонених є воєнним злочином за статтею 40 Додаткового протоколу I, нагадав професор.",
        "Російським солдатам регулярно наказують не брати полонених, заявили в розвідці.",
    ],
    "human_shields": [
        "Використання живого щита заборонене статтею 28 Четвертої Женевської конвенції, пояснив юрист.",
        "Російська пропаганда регулярно звинувачує Україну у використанні цивільних як живого щита, зазначив аналітик.",
        "Системи Patriot стали щитом для Києва, повідомили 3 травня в Повітряних силах.",
    ],
    "pillage_destruction": [
        "Мародерство в зоні бойових дій карається статтею 432 Кримінального кодексу, нагадав прокурор.",
        "За рік поліція відкрила 120 проваджень щодо мародерства на Херсонщині, повідомили в поліції.",
    ],
    "mistreatment_of_dead": [
        "Наруга над могилами карається статтею 297 Кримінального кодексу, пояснив прокурор.",
        "Масові поховання стали рисою окупації, зазначили в ООН.",
    ],
    "prohibited_weapons": [
        "Конвенція про заборону хімічної зброї набрала чинності 1997 року, нагадала ОЗХЗ.",
        "З лютого 2023 року армія зафіксувала 1400 випадків застосування хімічної зброї, повідомив Генштаб.",
        "Поліція Тбілісі 3 травня застосувала сльозогінний газ проти протестувальників, повідомило МВС Грузії.",
    ],
    "unfair_trial_forced_service": [
        "Право на справедливий суд гарантує стаття 105 Третьої Женевської конвенції, пояснив юрист.",
        "Верховна Рада 3 травня продовжила мобілізацію в Україні, повідомили в парламенті.",
    ],
    "other": [
        "Мешканці Херсона 3 травня стояли в чергах за українськими паспортами, повідомила міграційна служба.",
        "Рада Безпеки ООН обговорила гуманітарний доступ 3 травня.",
        "3 травня волонтери в Харкові залучили 200 школярів до збору врожаю, повідомив мер.",
    ],
}
RU: dict[str, list[str]] = {
    "killing_hors_de_combat": [
        "12 марта российские военные расстреляли трёх украинских военнопленных под Работино, сообщили в Офисе "
        "генпрокурора.",
        "Двух раненых украинских бойцов, сдавшихся в плен, оккупанты убили под Бахмутом 4 апреля, заявил омбудсмен "
        "Дмитрий Лубинец.",
        "Казнь пятерых пленных защитников под Авдеевкой 20 февраля была снята на видео, сообщил Генштаб.",
        "Под Крынками 9 июня российский солдат застрелил украинского морпеха, сложившего оружие, сообщили прокуроры.",
    ],
    "killing_civilians": [
        "5 марта российские военные застрелили 62-летнего мужчину во дворе его дома в Буче, сообщила областная "
        "прокуратура.",
        "Троих жителей Ягодного оккупанты казнили 14 марта, сообщили в полиции.",
        "Умышленное убийство местного фермера в Изюме 10 сентября совершили российские военнослужащие, установило "
        "следствие.",
        "В Гостомеле 2 марта российский солдат расстрелял двух мирных жителей, ехавших на велосипедах, сообщила "
        "Human Rights Watch.",
    ],
    "torture_ill_treatment": [
        "6 апреля российские охранники избили задержанного волонтёра прикладами в Мелитополе, сообщили в офисе "
        "омбудсмена.",
        "Задержанных в подвале в Балаклее пытали током в августе, сообщила Национальная полиция.",
        "Следователи задокументировали пытки четырёх жителей Купянска в отделе полиции 11 мая, сообщила прокуратура.",
        "В Херсоне 3 октября оккупанты издевались над учителем, имитируя расстрел, сообщила СБУ.",
    ],
    "sexual_violence": [
        "19 марта российский военный изнасиловал женщину в Макарове, сообщили прокуроры.",
        "16-летнюю девушку изнасиловали двое военных в Херсоне 2 ноября, сообщила полиция области.",
        "Изнасилование женщины в Буче 12 марта оккупанты сняли на видео, сообщил Офис генпрокурора.",
        "Оккупанты применили сексуальное насилие к задержанному мужчине в Изюме 20 июля, сообщила миссия ООН.",
    ],
    "attack_on_civilians": [
        "4 июня российская ракета попала в жилой дом в Днепре, погибли пять человек, сообщил глава ОВА.",
        "Двое мирных жителей получили ранения в результате обстрела Херсона 7 августа, сообщила ОВА.",
        "Российская артиллерия обстреляла остановку в Никополе 1 июля, погибла женщина, сообщил губернатор.",
        "Атака дрона на рынок в Купянске 15 сентября травмировала семерых жителей, сообщила полиция.",
    ],
    "attack_on_protected_objects": [
        "9 марта российский авиаудар разрушил роддом в Мариуполе, ранены 17 человек, сообщил горсовет.",
        "Школу в Краматорске разрушила ракета 3 июня, сообщила областная администрация.",
        "Российские дроны атаковали машину скорой помощи в Херсоне 12 августа, ранены два медика, сообщил Минздрав.",
        "В результате обстрела храма в Святогорске 4 июня погиб монах, сообщило Министерство культуры.",
    ],
    "unlawful_detention": [
        "21 марта российские военные похитили главу Гостомеля, сообщила областная администрация.",
        "Волонтёра из Мелитополя оккупанты задержали 5 мая, с тех пор его судьба неизвестна, рассказала жена.",
        "Оккупационные войска удерживали 60 жителей Ягодного в подвале школы в марте, сообщила миссия ООН.",
        "В Скадовске оккупанты взяли в заложники двух учителей 17 июня, сообщил омбудсмен.",
    ],
    "deportation_transfer": [
        "7 октября оккупанты депортировали 46 детей из детского дома в Херсоне в Крым, сообщил омбудсмен.",
        "Пятнадцать жителей Алешек принудительно вывезли в Россию в августе, сообщила ОВА.",
        "Депортацию 30 воспитанников интерната из Мариуполя оккупанты осуществили 20 марта, заявил омбудсмен.",
        "В Васильевке 4 мая российские военные насильно вывезли семьи в Беларусь, сообщила прокуратура.",
    ],
    "perfidy": [
        "6 декабря российские военные под Авдеевкой подняли белый флаг, а затем открыли огонь по украинским бойцам, "
        "погибли двое, сообщили в бригаде.",
        "Притворившись, что сдаются, российские солдаты застрелили трёх украинских воинов под Бахмутом 14 января, "
        "сообщил Генштаб.",
        "Оккупанты пообещали жителям Мариуполя безопасную эвакуацию 6 марта, а затем обстреляли колонну, погибли "
        "четыре человека, сообщил горсовет.",
        "Под Кременной 30 августа российские военные, переодетые медиками, атаковали украинскую позицию, ранены "
        "пятеро бойцов, сообщили в армии.",
    ],
    "denial_of_quarter": [
        "15 февраля российский командир под Авдеевкой приказал не брать пленных, свидетельствует перехват СБУ.",
        "Командир российского батальона под Бахмутом 3 марта отдал приказ никого не брать в плен, сообщила "
        "украинская разведка.",
        "Приказ убивать всех сдающихся под Работино 10 октября отдал российский офицер, сообщили прокуроры.",
        "Под Крынками 6 ноября российский офицер приказал не оставлять в живых никого из морпехов, сообщил Офис "
        "генпрокурора.",
    ],
    "human_shields": [
        "3 мая российские солдаты заставили жителей Ягодного идти впереди колонны, сообщила полиция области.",
        "Оккупанты использовали мирных жителей как живой щит в Купянске 9 сентября, сообщил Генштаб.",
        "Использование заложников в качестве щита российскими военными в Буче 4 марта задокументировала Human "
        "Rights Watch.",
        "В Волчанске 12 мая российские солдаты прикрывались местными женщинами во время наступления, сообщил прокурор.",
    ],
    "pillage_destruction": [
        "20 марта российские солдаты ограбили магазины Тростянца, сообщила полиция области.",
        "Зерно с ферм под Мелитополем оккупанты украли в июне, сообщило Министерство аграрной политики.",
        "Разграбление Херсонского художественного музея в ноябре совершили российские военные, сообщило "
        "Министерство культуры.",
        "В Гостомеле 28 марта военные мародёрствовали в домах и сожгли дома, сообщила прокуратура.",
        "Оккупанты отобрали у жителей Энергодара автомобили 4 апреля, сообщил мэр.",
    ],
    "mistreatment_of_dead": [
        "16 сентября следователи эксгумировали из массового захоронения в Изюме тела со следами увечий, сообщила "
        "полиция.",
        "Российские военные надругались над телами погибших украинских защитников под Бахмутом в мае, сообщил Генштаб.",
        "Тело украинского бойца обезглавили под Попасной в июле, свидетельствует видео, проверенное СБУ.",
        "Оккупанты сожгли тела погибших мирных жителей в Мариуполе в апреле, чтобы скрыть убийства, сообщил горсовет.",
    ],
    "prohibited_weapons": [
        "8 мая российские дроны сбросили гранаты с хлорпикрином на украинские позиции под Авдеевкой, сообщил Генштаб.",
        "Украинских бойцов отравили слезоточивым газом под Бахмутом 3 апреля, сообщили в пресс-службе армии.",
        "Применение химического оружия под Работино 20 декабря подтвердила ОЗХО, сообщил МИД.",
        "Под Купянском 14 февраля российские войска атаковали украинскую пехоту газовыми гранатами К-51, сообщили в "
        "бригаде.",
    ],
    "unfair_trial_forced_service": [
        "5 июня суд в оккупированном Донецке приговорил трёх украинских военнопленных к 25 годам, сообщил омбудсмен.",
        "Жителей Мелитополя принудительно мобилизовали в российскую армию в марте, сообщила ОВА.",
        "Показательный суд над украинским морпехом в оккупированном Мариуполе 3 мая завершился пожизненным "
        "приговором, сообщил генпрокурор.",
        "Оккупанты заставили мужчин из Новой Каховки рыть окопы для российских войск в июле, сообщила СБУ.",
    ],
    "other": [
        "2 июня оккупационные власти в Мелитополе заставили жителей получить российские паспорта, чтобы сохранить "
        "пенсии, сообщила ОВА.",
        "Российские войска 8 марта заблокировали гуманитарную помощь в Мариуполь, обрекая жителей на голод, сообщил "
        "горсовет.",
        "Вербовку 15-летних подростков в вооружённое подразделение в Горловке в апреле выявил омбудсмен.",
        "В Херсоне 4 ноября российские военные использовали машину скорой с эмблемой Красного Креста для перевозки "
        "боеприпасов, сообщила полиция.",
    ],
}
RU_NEG: dict[str, list[str]] = {
    "killing_hors_de_combat": [
        "Третья Женевская конвенция запрещает казнь военнопленных, напомнил омбудсмен.",
        "С начала вторжения зафиксировано 150 случаев расстрела украинских пленных, заявил Лубинец.",
    ],
    "killing_civilians": [
        "Умышленное убийство мирных жителей является серьёзным нарушением Женевских конвенций, отметил прокурор.",
        "С февраля 2022 года в Харьковской области погибли 412 мирных жителей, сообщил губернатор.",
    ],
    "torture_ill_treatment": [
        "Конвенция ООН против пыток запрещает такое обращение, напомнил омбудсмен.",
        "Украинских пленных систематически пытают в российских колониях, заявила мониторинговая миссия ООН.",
    ],
    "sexual_violence": [
        "Закон о поддержке пострадавших от сексуального насилия приняли 3 мая, сообщили в Верховной Раде.",
        "Прокуроры зарегистрировали 300 случаев сексуального насилия с 2022 года, заявил генпрокурор.",
    ],
    "attack_on_civilians": [
        "Статья 51 Дополнительного протокола I защищает мирных жителей от нападений, пояснил юрист.",
        "В мае российские удары убили 174 мирных жителя по всей Украине, сообщила миссия ООН.",
    ],
    "attack_on_protected_objects": [
        "Больница в Изюме снова открылась 3 мая после ремонта, сообщил мэр.",
        "С начала вторжения в Украине повреждены 1500 школ, сообщило Министерство образования.",
    ],
    "unlawful_detention": [
        "Международное гуманитарное право запрещает захват заложников, напомнил прокурор.",
        "Около 28 тысяч мирных жителей удерживаются в российском плену, заявил омбудсмен.",
    ],
    "deportation_transfer": [
        "Депортация гражданских лиц запрещена статьёй 49 Четвёртой Женевской конвенции, пояснил юрист.",
        "С 2022 года Россия депортировала около 19,5 тысячи детей, заявил омбудсмен.",
    ],
    "perfidy": [
        "Вероломство запрещено статьёй 37 Дополнительного протокола I, пояснил юрист.",
        "Под Бахмутом 3 мая российские солдаты подняли белый флаг и сдались в плен, сообщили в бригаде.",
        "Мирные жители 16 марта выезжали из Мариуполя с белыми флагами на машинах, сообщил горсовет.",
    ],
    "denial_of_quarter": [
        "Приказ не брать пленных является военным преступлением по статье 40 Дополнительного протокола I, напомнил "
        "профессор.",
        "Российским солдатам регулярно приказывают не брать пленных, заявили в разведке.",
    ],
    "human_shields": [
        "Использование живого щита запрещено статьёй 28 Четвёртой Женевской конвенции, пояснил юрист.",
        "Российская пропаганда регулярно обвиняет Украину в использовании мирных жителей как живого щита, отметил "
        "аналитик.",
        "Системы Patriot стали щитом для Киева, сообщили 3 мая в Воздушных силах.",
    ],
    "pillage_destruction": [
        "Мародёрство в зоне боевых действий карается статьёй 432 Уголовного кодекса, напомнил прокурор.",
        "За год полиция открыла 120 дел о мародёрстве в Херсонской области, сообщили в полиции.",
    ],
    "mistreatment_of_dead": [
        "Надругательство над могилами карается статьёй 297 Уголовного кодекса, пояснил прокурор.",
        "Массовые захоронения стали чертой оккупации, отметили в ООН.",
    ],
    "prohibited_weapons": [
        "Конвенция о запрещении химического оружия вступила в силу в 1997 году, напомнила ОЗХО.",
        "С февраля 2023 года армия зафиксировала 1400 случаев применения химического оружия, сообщил Генштаб.",
        "Полиция Тбилиси 3 мая применила слезоточивый газ против протестующих, сообщило МВД Грузии.",
    ],
    "unfair_trial_forced_service": [
        "Право на справедливый суд гарантирует статья 105 Третьей Женевской конвенции, пояснил юрист.",
        "Верховная Рада 3 мая продлила мобилизацию в Украине, сообщили в парламенте.",
    ],
    "other": [
        "Жители Херсона 3 мая стояли в очередях за украинскими паспортами, сообщила миграционная служба.",
        "Совет Безопасности ООН обсудил гуманитарный доступ 3 мая.",
        "3 мая волонтёры в Харькове завербовали 200 школьников на сбор урожая, сообщил мэр.",
    ],
}

POSITIVE = {"en": EN, "uk": UK, "ru": RU}
NEGATIVE = {"en": EN_NEG, "uk": UK_NEG, "ru": RU_NEG}


# Written after the first round of rules, to see whether they hold on wordings they were not written from (before the
# first round: 23/48; after it: 35/48; the second round of rules came from their misses).
LATER: dict[str, dict[str, list[str]]] = {
 "en": {
  "perfidy": [
   "Russian soldiers waving a white cloth lured a Ukrainian patrol out near Kupiansk on 2 March and shot two of its "
   "members, the brigade said.",
   "On 11 April near Vuhledar, troops who had pretended to surrender threw grenades at Ukrainian marines, wounding "
   "three, the navy said.",
  ],
  "denial_of_quarter": [
   "A Russian commander told his unit on 8 May near Chasiv Yar not to take any Ukrainian prisoners, according to an "
   "intercepted call released by the SBU.",
   "The instruction to shoot every captured soldier near Toretsk on 19 June came from a Russian colonel, the "
   "Prosecutor General said.",
  ],
  "human_shields": [
   "Russian troops herded 40 villagers into the school of Yahidne on 5 March and fired artillery from its yard, "
   "using them as a shield, the UN mission said.",
   "Near Vovchansk on 2 June occupiers marched detained men ahead of an assault group, the police said.",
  ],
  "pillage_destruction": [
   "Russian soldiers stole tractors and livestock from farms in Velyka Oleksandrivka in October, the regional "
   "police said.",
   "Occupying forces requisitioned the homes of evacuated families in Melitopol on 14 May, the city council said.",
  ],
  "mistreatment_of_dead": [
   "Near Klishchiivka on 30 July Russian soldiers mutilated the bodies of fallen Ukrainian troops, the General "
   "Staff said.",
   "The corpses of two civilians were set on fire by Russian troops in Hostomel on 25 March, prosecutors said.",
  ],
  "prohibited_weapons": [
   "Russian troops dropped munitions containing CS gas on Ukrainian trenches near Bakhmut on 4 May, the army said.",
   "Ukrainian marines near Krynky were attacked with poisonous substances on 17 November, the navy's spokesman said.",
  ],
  "unfair_trial_forced_service": [
   "Occupation authorities in Melitopol conscripted 20 local men into the Russian army on 1 April, the ombudsman said.",
   "On 9 September a so-called court in Luhansk sentenced a captured Ukrainian medic to 18 years, the Coordination "
   "Headquarters said.",
  ],
  "other": [
   "On 12 August the occupation administration of Enerhodar compelled municipal workers to take Russian "
   "citizenship, the mayor said.",
   "Russian troops denied humanitarian access to Chernihiv on 9 March, leaving residents without food, the regional "
   "governor said.",
  ],
 },
 "uk": {
  "perfidy": [
   "Під Куп'янськом 2 березня російські солдати вийшли з білим прапором, а потім розстріляли двох українських "
   "бійців, повідомили в бригаді.",
   "11 квітня біля Вугледара окупанти, прикинувшись, що здаються, закидали гранатами українських морпіхів, поранено "
   "трьох, повідомили у ВМС.",
  ],
  "denial_of_quarter": [
   "Російський командир 8 травня під Часовим Яром наказав підлеглим не брати в полон жодного українця, свідчить "
   "перехоплення СБУ.",
   "Під Торецьком 19 червня російський полковник віддав наказ розстрілювати кожного полоненого, повідомив генпрокурор.",
  ],
  "human_shields": [
   "Під Вовчанськом 2 червня окупанти гнали затриманих чоловіків перед штурмовою групою, повідомила поліція.",
   "Російські військові 5 березня розмістили артилерію поруч зі школою в Ягідному, де тримали 40 селян, повідомила "
   "місія ООН.",
  ],
  "pillage_destruction": [
   "У жовтні російські солдати викрали трактори та худобу з ферм у Великій Олександрівці, повідомила поліція "
   "Херсонщини.",
   "Окупанти 14 травня привласнили квартири евакуйованих родин у Мелітополі, повідомила міська рада.",
  ],
  "mistreatment_of_dead": [
   "Біля Кліщіївки 30 липня російські військові понівечили тіла загиблих українських воїнів, повідомив Генштаб.",
   "Тіла двох цивільних російські військові підпалили в Гостомелі 25 березня, повідомили прокурори.",
  ],
  "prohibited_weapons": [
   "Російські війська 4 травня скинули на українські окопи біля Бахмута боєприпаси зі сльозогінним газом, "
   "повідомили в армії.",
   "Українських морпіхів біля Кринок 17 листопада атакували отруйними речовинами, повідомив речник ВМС.",
  ],
  "unfair_trial_forced_service": [
   "Окупаційна влада Мелітополя 1 квітня примусово призвала до російської армії 20 місцевих чоловіків, повідомив "
   "омбудсман.",
   "9 вересня так званий суд у Луганську засудив полоненого українського медика до 18 років, повідомив "
   "Координаційний штаб.",
  ],
  "other": [
   "12 серпня окупаційна адміністрація Енергодара примусила працівників комунальних служб прийняти російське "
   "громадянство, повідомив міський голова.",
   "Російські війська 9 березня заблокували гуманітарні конвої до Чернігова, повідомив голова ОВА.",
  ],
 },
 "ru": {
  "perfidy": [
   "Под Купянском 2 марта российские солдаты вышли с белым флагом, а затем расстреляли двух украинских бойцов, "
   "сообщили в бригаде.",
   "11 апреля под Угледаром оккупанты, притворившись, что сдаются, забросали гранатами украинских морпехов, ранены "
   "трое, сообщили в ВМС.",
  ],
  "denial_of_quarter": [
   "Российский командир 8 мая под Часовым Яром приказал подчинённым не брать в плен ни одного украинца, "
   "свидетельствует перехват СБУ.",
   "Под Торецком 19 июня российский полковник отдал приказ расстреливать каждого пленного, сообщил генпрокурор.",
  ],
  "human_shields": [
   "Под Волчанском 2 июня оккупанты гнали задержанных мужчин перед штурмовой группой, сообщила полиция.",
   "Российские военные 5 марта разместили артиллерию рядом со школой в Ягодном, где держали 40 сельчан, сообщила "
   "миссия ООН.",
  ],
  "pillage_destruction": [
   "В октябре российские солдаты похитили тракторы и скот с ферм в Великой Александровке, сообщила полиция "
   "Херсонской области.",
   "Оккупанты 14 мая присвоили квартиры эвакуированных семей в Мелитополе, сообщил горсовет.",
  ],
  "mistreatment_of_dead": [
   "Под Клещеевкой 30 июля российские военные изуродовали тела погибших украинских воинов, сообщил Генштаб.",
   "Тела двух мирных жителей российские военные подожгли в Гостомеле 25 марта, сообщили прокуроры.",
  ],
  "prohibited_weapons": [
   "Российские войска 4 мая сбросили на украинские окопы под Бахмутом боеприпасы со слезоточивым газом, сообщили в "
   "армии.",
   "Украинских морпехов под Крынками 17 ноября атаковали отравляющими веществами, сообщил представитель ВМС.",
  ],
  "unfair_trial_forced_service": [
   "Оккупационные власти Мелитополя 1 апреля принудительно призвали в российскую армию 20 местных мужчин, сообщил "
   "омбудсмен.",
   "9 сентября так называемый суд в Луганске приговорил пленного украинского медика к 18 годам, сообщил "
   "Координационный штаб.",
  ],
  "other": [
   "12 августа оккупационная администрация Энергодара принудила работников коммунальных служб принять российское "
   "гражданство, сообщил мэр.",
   "Российские войска 9 марта заблокировали гуманитарные конвои в Чернигов, сообщил глава ОВА.",
  ],
 },
}

# Stage 21 (label by object and manner): wordings where the label follows the object struck or the way the act was
# done, not the nouns around it; appended to LATER (indices of the passages above unchanged).
OBJECT_MANNER: dict[str, dict[str, list[str]]] = {
    "en": {
        "killing_civilians": [
            "On 9 March in Irpin a Russian paratrooper shot him at his gate after checking his phone, his widow told "
            "the National Police.",
            "A 70-year-old man was shot at a roadblock outside Izium on 21 March 2022, the regional prosecutor said.",
        ],
        "attack_on_protected_objects": [
            "On 5 May a drone hit a visibly marked evacuation minibus near Kupiansk, wounding its driver, the charity "
            "said.",
        ],
        "pillage_destruction": [
            "On 30 March, as they withdrew from Trostianets, Russian troops hauled away tractors and a combine from a "
            "farm, the owner said.",
        ],
    },
    "uk": {
        "killing_civilians": [
            "9 березня в Ірпені російський десантник вбив чоловіка біля його хвіртки, повідомила Національна поліція.",
        ],
        "pillage_destruction": [
            "30 березня в Тростянці окупанти завантажили на вантажівки трактори та комбайн з фермерського "
            "господарства, повідомив власник.",
        ],
    },
    "ru": {
        "killing_civilians": [
            "9 марта в Ирпене российский десантник убил мужчину у его калитки, сообщила Национальная полиция.",
        ],
        "pillage_destruction": [
            "30 марта в Тростянце оккупанты погрузили на грузовики тракторы и комбайн из фермерского хозяйства, "
            "сообщил владелец.",
        ],
    },
}
for _language, _labels in OBJECT_MANNER.items():
    for _label, _texts in _labels.items():
        LATER[_language].setdefault(_label, []).extend(_texts)
