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
  Armenia: ['Armenia', 'Armenian', 'Armenians'],
  Azerbaijan: ['Azerbaijan', 'Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris'],
  Belarus: ['Belarus', 'Belarusian', 'Belarusians'],
  China: ['China', 'Chinese', 'People’s Republic of China', 'PRC'],
  Egypt: ['Egypt', 'Egyptian', 'Egyptians'],
  France: ['France', 'French'],
  Georgia: ['Georgia', 'Georgian', 'Georgians'],
  Germany: ['Germany', 'German', 'Germans'],
  India: ['India', 'Indian', 'Indians'],
  Iran: ['Iran', 'Iranian', 'Iranians', 'Islamic Republic of Iran'],
  Iraq: ['Iraq', 'Iraqi', 'Iraqis'],
  Israel: ['Israel', 'Israeli', 'Israelis', 'State of Israel'],
  Jordan: ['Jordan', 'Jordanian', 'Jordanians'],
  Kazakhstan: ['Kazakhstan', 'Kazakh', 'Kazakhs', 'Kazakhstani', 'Kazakhstanis', 'Republic of Kazakhstan'],
  Kyrgyzstan: ['Kyrgyzstan', 'Kyrgyz', 'Kyrgyz Republic', 'Kirghizia', 'Kirgizia'],
  Mongolia: ['Mongolia', 'Mongolian', 'Mongolians'],
  Pakistan: ['Pakistan', 'Pakistani', 'Pakistanis'],
  Palestine: ['Palestine', 'Palestinian', 'Palestinians'],
  'Saudi Arabia': ['Saudi Arabia', 'Saudi', 'Saudis'],
  Russia: ['Russia', 'Russian', 'Russians', 'Russian Federation'],
  'Soviet Union': ['Soviet Union', 'USSR', 'U.S.S.R.'],
  Syria: ['Syria', 'Syrian', 'Syrians'],
  Tajikistan: ['Tajikistan', 'Tajik', 'Tajiks', 'Tadzhikistan'],
  Turkey: ['Turkey', 'Turkish', 'Turks', 'Türkiye'],
  Turkmenistan: ['Turkmenistan', 'Turkmen', 'Turkmens', 'Turkmenia'],
  Ukraine: ['Ukraine', 'Ukrainian', 'Ukrainians'],
  'United Kingdom': ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain', 'British'],
  'United States': ['United States', 'United States of America', 'U.S.', 'U.S.A.', 'USA', 'America', 'American', 'Americans'],
  Uzbekistan: ['Uzbekistan', 'Uzbek', 'Uzbeks', 'Republic of Uzbekistan']
}

/** Regions and other geographic words: a capitalised sequence made only of these (or of country forms) is no entity. */
export const geographic: ReadonlySet<string> = new Set([
  'Central', 'Asia', 'Asian', 'Middle', 'East', 'Eastern', 'Near', 'Far', 'West', 'Western', 'South', 'Southern',
  'North', 'Northern', 'Caucasus', 'Caucasian', 'Eurasia', 'Eurasian', 'Europe', 'European', 'Africa', 'African',
  'Mediterranean', 'Muslim', 'Muslims', 'Jewish', 'Jews', 'Islamic', 'Arab', 'Arabs', 'Tel', 'Aviv', 'Union',
  'Republic', 'Republics', 'States', 'Soviet', 'post-Soviet', 'Post-Soviet', 'United',
  // Capitals, named for their governments ("Tel Aviv", "Ashghabad").
  'Tehran', 'Tashkent', 'Astana', 'Nur-Sultan', 'Ashghabad', 'Ashgabat', 'Bishkek', 'Dushanbe', 'Moscow', 'Washington',
  'Jerusalem', 'Ankara', 'Beijing', 'Baku'
])
