// babel-preset-taro compiles the app; React needs @babel/preset-react alongside it.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
