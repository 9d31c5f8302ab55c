import rules from 'modele-social';
const pat = new RegExp(process.argv[2]);
for (const [k,v] of Object.entries(rules)) if (pat.test(k)) console.log('=== '+k+'\n'+JSON.stringify(v,null,1).slice(0,1500));
