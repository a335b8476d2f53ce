/**
 * Countries as data: canonical name → the forms a text uses for it (names,
 * short forms, adjectives and demonyms). Matching is case-sensitive, on
 * whole words, longest form first, so "Kazakhstan’s" and "Kazakh" both give
 * "Kazakhstan" and "Turkmenistan" never yields "Turkmen" twice.
 *
 * Note: a hand-made table rather than `i18n-iso-countries`, whose English
 * names cost ~50 ms to import on every `openCorpus()` and carry no demonyms.
 */
export const countries: Readonly<Record<string, readonly string[]>> = {
  Afghanistan: ['Afghanistan', 'Afghan', 'Afghans'],
  Algeria: ['Algeria', 'Algerian', 'Algerians'],
  Argentina: ['Argentina', 'Argentine', 'Argentinian'],
  Armenia: ['Armenia', 'Armenian', 'Armenians'],
  Australia: ['Australia', 'Australian', 'Australians'],
  Austria: ['Austria', 'Austrian', 'Austrians'],
  Azerbaijan: ['Azerbaijan', 'Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris'],
  Bangladesh: ['Bangladesh', 'Bangladeshi'],
  Belarus: ['Belarus', 'Belarusian', 'Belarusians'],
  Belgium: ['Belgium', 'Belgian', 'Belgians'],
  Brazil: ['Brazil', 'Brazilian', 'Brazilians'],
  Bulgaria: ['Bulgaria', 'Bulgarian', 'Bulgarians'],
  Canada: ['Canada', 'Canadian', 'Canadians'],
  China: ['China', 'Chinese', 'People’s Republic of China', 'PRC'],
  Cyprus: ['Cyprus', 'Cypriot', 'Cypriots'],
  'Czech Republic': ['Czech Republic', 'Czechia', 'Czech'],
  Denmark: ['Denmark', 'Danish'],
  Egypt: ['Egypt', 'Egyptian', 'Egyptians'],
  Estonia: ['Estonia', 'Estonian', 'Estonians'],
  Finland: ['Finland', 'Finnish'],
  France: ['France', 'French'],
  Georgia: ['Georgia', 'Georgian', 'Georgians'],
  Germany: ['Germany', 'German', 'Germans'],
  Greece: ['Greece', 'Greek', 'Greeks'],
  Hungary: ['Hungary', 'Hungarian', 'Hungarians'],
  India: ['India', 'Indian', 'Indians'],
  Indonesia: ['Indonesia', 'Indonesian', 'Indonesians'],
  Iran: ['Iran', 'Iranian', 'Iranians', 'Islamic Republic of Iran'],
  Iraq: ['Iraq', 'Iraqi', 'Iraqis'],
  Israel: ['Israel', 'Israeli', 'Israelis', 'State of Israel'],
  Italy: ['Italy', 'Italian', 'Italians'],
  Japan: ['Japan', 'Japanese'],
  Jordan: ['Jordan', 'Jordanian', 'Jordanians'],
  Kazakhstan: ['Kazakhstan', 'Kazakh', 'Kazakhs', 'Kazakhstani', 'Kazakhstanis', 'Republic of Kazakhstan'],
  Kuwait: ['Kuwait', 'Kuwaiti', 'Kuwaitis'],
  Kyrgyzstan: ['Kyrgyzstan', 'Kyrgyz', 'Kyrgyz Republic', 'Kirghizia', 'Kirgizia'],
  Latvia: ['Latvia', 'Latvian', 'Latvians'],
  Lebanon: ['Lebanon', 'Lebanese'],
  Libya: ['Libya', 'Libyan', 'Libyans'],
  Lithuania: ['Lithuania', 'Lithuanian', 'Lithuanians'],
  Malaysia: ['Malaysia', 'Malaysian', 'Malaysians'],
  Mexico: ['Mexico', 'Mexican', 'Mexicans'],
  Moldova: ['Moldova', 'Moldovan', 'Moldovans'],
  Mongolia: ['Mongolia', 'Mongolian', 'Mongolians'],
  Morocco: ['Morocco', 'Moroccan', 'Moroccans'],
  Netherlands: ['Netherlands', 'Dutch', 'Holland'],
  'North Korea': ['North Korea', 'North Korean', 'North Koreans', 'DPRK'],
  Norway: ['Norway', 'Norwegian', 'Norwegians'],
  Pakistan: ['Pakistan', 'Pakistani', 'Pakistanis'],
  Palestine: ['Palestine', 'Palestinian', 'Palestinians'],
  Poland: ['Poland', 'Polish', 'Poles'],
  Qatar: ['Qatar', 'Qatari', 'Qataris'],
  Romania: ['Romania', 'Romanian', 'Romanians'],
  Russia: ['Russia', 'Russian', 'Russians', 'Russian Federation'],
  'Saudi Arabia': ['Saudi Arabia', 'Saudi', 'Saudis'],
  Singapore: ['Singapore', 'Singaporean'],
  'South Africa': ['South Africa', 'South African', 'South Africans'],
  'South Korea': ['South Korea', 'Republic of Korea', 'Korea', 'Korean', 'Koreans', 'South Korean', 'South Koreans'],
  'Soviet Union': ['Soviet Union', 'USSR', 'U.S.S.R.'],
  Spain: ['Spain', 'Spanish', 'Spaniards'],
  Sweden: ['Sweden', 'Swedish', 'Swedes'],
  Switzerland: ['Switzerland', 'Swiss'],
  Syria: ['Syria', 'Syrian', 'Syrians'],
  Tajikistan: ['Tajikistan', 'Tajik', 'Tajiks', 'Tadzhikistan'],
  Thailand: ['Thailand', 'Thai'],
  Tunisia: ['Tunisia', 'Tunisian', 'Tunisians'],
  Turkey: ['Turkey', 'Turkish', 'Turks', 'Türkiye'],
  Turkmenistan: ['Turkmenistan', 'Turkmen', 'Turkmens', 'Turkmenia'],
  Ukraine: ['Ukraine', 'Ukrainian', 'Ukrainians'],
  'United Arab Emirates': ['United Arab Emirates', 'UAE', 'Emirati', 'Emiratis'],
  'United Kingdom': ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain', 'British'],
  'United States': ['United States', 'United States of America', 'U.S.', 'U.S.A.', 'USA', 'America', 'American', 'Americans'],
  Uzbekistan: ['Uzbekistan', 'Uzbek', 'Uzbeks', 'Republic of Uzbekistan'],
  Vietnam: ['Vietnam', 'Viet Nam', 'Vietnamese'],
  Yemen: ['Yemen', 'Yemeni', 'Yemenis']
}

/**
 * Cities of the region and the capitals its politics names, each with the
 * spellings and former names texts use for it: places are facts a statement
 * can get wrong (“Almaty” for “Tashkent”), but not by spelling (“Ashgabat”, “Ashghabad”).
 */
export const places: Readonly<Record<string, readonly string[]>> = {
  Tashkent: ['Tashkent', 'Toshkent'], Samarkand: ['Samarkand', 'Samarqand'], Bukhara: ['Bukhara'], Andijan: ['Andijan', 'Andizhan'],
  Namangan: ['Namangan'], Fergana: ['Fergana', 'Ferghana'], Navoiy: ['Navoiy', 'Navoi'], Nukus: ['Nukus'], Termez: ['Termez'],
  Astana: ['Astana', 'Nur-Sultan', 'Akmola'], Almaty: ['Almaty', 'Alma-Ata'], Shymkent: ['Shymkent'], Karaganda: ['Karaganda'],
  Aktau: ['Aktau'], Atyrau: ['Atyrau'], Bishkek: ['Bishkek', 'Frunze'], Osh: ['Osh'], 'Jalal-Abad': ['Jalal-Abad'],
  Dushanbe: ['Dushanbe'], Khujand: ['Khujand', 'Khodjent'], Ashgabat: ['Ashgabat', 'Ashghabad', 'Ashkhabad'], Turkmenbashi: ['Turkmenbashi'],
  'Tel Aviv': ['Tel Aviv'], Jerusalem: ['Jerusalem'], Haifa: ['Haifa'], Tehran: ['Tehran', 'Teheran'], Moscow: ['Moscow'],
  Beijing: ['Beijing'], Ankara: ['Ankara'], Istanbul: ['Istanbul'], Baku: ['Baku'], Tbilisi: ['Tbilisi'], Yerevan: ['Yerevan'],
  Kabul: ['Kabul'], Islamabad: ['Islamabad'], Washington: ['Washington'], Brussels: ['Brussels'], Cairo: ['Cairo']
}

/**
 * Capitals that stand for their governments (“Washington backed Israel”,
 * “Tel Aviv responded”): a capital and its country name one actor.
 */
export const capitals: Readonly<Record<string, string>> = {
  Tashkent: 'Uzbekistan', Astana: 'Kazakhstan', Bishkek: 'Kyrgyzstan', Dushanbe: 'Tajikistan', Ashgabat: 'Turkmenistan',
  'Tel Aviv': 'Israel', Jerusalem: 'Israel', Tehran: 'Iran', Moscow: 'Russia', Beijing: 'China', Ankara: 'Turkey', Baku: 'Azerbaijan',
  Tbilisi: 'Georgia', Yerevan: 'Armenia', Kabul: 'Afghanistan', Islamabad: 'Pakistan', Washington: 'United States', Cairo: 'Egypt'
}

/** Regions and other geographic words: a capitalised sequence made only of these (or of country forms) is no entity. */
export const geographic: ReadonlySet<string> = new Set([
  'Central', 'Asia', 'Asian', 'Middle', 'East', 'Eastern', 'Near', 'Far', 'West', 'Western', 'South', 'Southern',
  'North', 'Northern', 'Caucasus', 'Caucasian', 'Eurasia', 'Eurasian', 'Europe', 'European', 'Africa', 'African',
  'Mediterranean', 'Muslim', 'Muslims', 'Jewish', 'Jews', 'Islamic', 'Arab', 'Arabs', 'Union',
  // Faiths and their movements are no organisations.
  'Islam', 'Islamism', 'Islamist', 'Islamization', 'Christian', 'Christianity', 'Judaism', 'Orthodox', 'Sunni', 'Shia', 'Zionism', 'Zionist',
  'Republic', 'Republics', 'States', 'Soviet', 'post-Soviet', 'Post-Soviet', 'United',
  // Cities, named for their governments ("Tel Aviv", "Ashghabad").
  ...Object.values(places).flat().flatMap((place) => place.split(' '))
])
